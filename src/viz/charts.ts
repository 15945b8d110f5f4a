// The charts an author can name in <ScrollSection chart="...">, and the build-time data each
// one needs. Adding a chart means adding it here and to ScrollSection's markup.
import type { Timeline } from '../lib/parseTimeline.ts';
import type { DataTable } from './shared/types.ts';
import { divideData, type DivideData } from './divide/data.ts';
import { divideTable } from './divide/model.ts';
import { arcsTable } from './arcs/model.ts';
import { fabricTable } from './fabric/describe.ts';
import { arcsData, type ArcsData, type CharacterInfo } from './arcs/data.ts';
import { fabricData, type FabricData } from './fabric/data.ts';

export const CHARTS = ['divide', 'arcs', 'fabric'] as const;
export type ChartName = (typeof CHARTS)[number];

export function isChartName(value: unknown): value is ChartName {
  return typeof value === 'string' && (CHARTS as readonly string[]).includes(value);
}

/** `scenes`: the section's step scenes, so the arcs and fabric charts ship only what those steps show. */
export function chartData(chart: ChartName, timeline: Timeline, characters: CharacterInfo[], scenes?: readonly string[]): DivideData | ArcsData | FabricData {
  switch (chart) {
    case 'divide':
      return divideData(timeline);
    case 'arcs':
      return arcsData(timeline, characters, scenes);
    case 'fabric':
      return fabricData(timeline, scenes);
  }
}

/** The "data behind this chart" table of a section: built once, on the server. */
export function chartTable(chart: ChartName, data: DivideData | ArcsData | FabricData, scenes: readonly string[]): DataTable {
  switch (chart) {
    case 'divide':
      return divideTable(data as DivideData, scenes);
    case 'arcs':
      return arcsTable(data as ArcsData, [...scenes]);
    case 'fabric':
      return fabricTable(data as FabricData, [...scenes]);
  }
}
