// The charts an author can name in <ScrollSection chart="...">, and the build-time data each
// one needs. Adding a chart means adding it here and to ScrollSection's markup.
import type { Timeline } from '../lib/parseTimeline.ts';
import { divideData } from './divide/data.ts';

export const CHARTS = ['divide', 'arcs', 'fabric'] as const;
export type ChartName = (typeof CHARTS)[number];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && (CHARTS as readonly string[]).includes(value);
}

export { divideData };
export type { Timeline };
