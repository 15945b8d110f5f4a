// The charts an author can name in <ScrollSection chart="...">. The story checks chapters against
// this list; the chart registry (src/viz/registry.ts) must hold exactly these names, which
// TypeScript enforces, so the story never imports a chart.

export const CHART_NAMES = ['divide', 'arcs', 'fabric', 'world'] as const;
export type ChartName = (typeof CHART_NAMES)[number];

/** Charts that stand on a page (the home page, a chapter's opening) rather than in a scroll section. */
export const FIGURE_NAMES = ['timeline'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && (CHART_NAMES as readonly string[]).includes(value);
}
