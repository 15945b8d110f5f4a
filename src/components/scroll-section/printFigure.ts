// Renders one step's print figure: the section's chart, server-side, still at that step, with its
// figure number. Print figures are never hydrated, so Svelte's hydration markers are dropped, and
// they stand still, so their SVG is compacted (compactSvg) to keep chapters light. The tree is
// returned, for the section to share what its figures have in common (shareFigureParts).
import type { Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { render } from 'svelte/server';
import type { ChartName } from '../../story/chartNames.ts';
import { CHARTS, type ChartDataMap, type ChartEntry } from '../../viz/registry.ts';
import { compactSvg } from './compactSvg.ts';

export interface PrintFigure<K extends ChartName> {
  chart: K;
  data: ChartDataMap[K];
  title: string;
  /** The section's step scenes. */
  scenes: readonly string[];
  step: number;
  sceneLabel: string;
  figure: string;
  /** False in the book edition, where the figures are the only charts a reader has. */
  hidden: boolean;
}

/** Drops every comment: in Svelte's server output they are all hydration markers. */
function withoutComments(node: Nodes): void {
  if (!('children' in node)) return;
  node.children = node.children.filter((child) => child.type !== 'comment') as typeof node.children;
  node.children.forEach(withoutComments);
}

export function printFigure<K extends ChartName>({ chart, data, title, scenes, step, sceneLabel, figure, hidden }: PrintFigure<K>): Root {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[chart];
  const props = { data, scenes: [...scenes], title, step, print: true, sceneLabel, figure, hidden };
  const tree = fromHtml(render(entry.component, { props, idPrefix: `${chart}-${scenes[step]}-print` }).body, { fragment: true });
  withoutComments(tree);
  compactSvg(tree);
  return tree;
}
