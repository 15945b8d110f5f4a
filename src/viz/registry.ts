// Every chart an author can name, in one typed table: its component, the slice of the story data
// it needs (cut at build time) and the "data behind this chart" table. TypeScript checks that
// each entry's parts agree on one data type and that the table holds exactly the story's chart
// names (src/story/chartNames.ts), so the dispatch needs no casts.
import type { Component } from 'svelte';
import type { ChapterOutline } from '../story/chapterOutline.ts';
import type { ChartName, FigureName } from '../story/chartNames.ts';
import type { CharacterInfo } from '../story/protagonists.ts';
import type { Timeline } from '../story/timeline/types.ts';
import type { ChartProps, DataTable } from './shared/types.ts';
import Divide from './divide/Divide.svelte';
import { divideData, type DivideData } from './divide/data.ts';
import { divideTable } from './divide/model.ts';
import Arcs from './arcs/Arcs.svelte';
import { arcsData, type ArcsData } from './arcs/data.ts';
import { arcsTable } from './arcs/model.ts';
import Fabric from './fabric/Fabric.svelte';
import { fabricData, type FabricData } from './fabric/data.ts';
import { fabricTable } from './fabric/describe.ts';
import World from './world/World.svelte';
import { worldData, type WorldData } from './world/data.ts';
import { worldTable } from './world/model.ts';
import TimelineChart from './timeline/Timeline.svelte';
import { timelineData, type TimelineData } from './timeline/data.ts';
import { timelineTable } from './timeline/describe.ts';

/** What a chart may draw on: the story data, the protagonists, and the steps of its section. */
export interface ChartSource {
  timeline: Timeline;
  characters: CharacterInfo[];
  /** The section's step scenes, so a chart ships only what those steps show (all, when absent). */
  scenes?: readonly string[] | undefined;
  /** The chapters, for charts that link each scene to its place in them. */
  chapters?: readonly ChapterOutline[] | undefined;
}

export interface ChartEntry<D> {
  component: Component<ChartProps<D>>;
  data: (source: ChartSource) => D;
  table: (data: D, scenes: readonly string[]) => DataTable;
}

/** Each chart's build-time data type, by name. */
export interface ChartDataMap {
  divide: DivideData;
  arcs: ArcsData;
  fabric: FabricData;
  world: WorldData;
}

export const CHARTS: { [K in ChartName]: ChartEntry<ChartDataMap[K]> } = {
  divide: { component: Divide, data: ({ timeline }) => divideData(timeline), table: divideTable },
  arcs: { component: Arcs, data: ({ timeline, characters, scenes }) => arcsData(timeline, characters, scenes), table: arcsTable },
  fabric: { component: Fabric, data: ({ timeline, scenes }) => fabricData(timeline, scenes), table: fabricTable },
  world: { component: World, data: ({ timeline, characters, scenes }) => worldData(timeline, characters, scenes), table: worldTable },
};

/** Each standing figure's build-time data type, by name (src/story/chartNames.ts FIGURE_NAMES). */
export interface FigureDataMap {
  timeline: TimelineData;
}

/** Charts drawn on a page of their own accord, server-side, with the same three parts. */
export const FIGURES: { [K in FigureName]: ChartEntry<FigureDataMap[K]> } = {
  timeline: { component: TimelineChart, data: ({ timeline, characters, chapters }) => timelineData(timeline, characters, chapters), table: timelineTable },
};

/** A chart's data for one section, with its table: one member per chart, told apart by `name`. */
export type PreparedChart<K extends ChartName = ChartName> = { [P in K]: { name: P; data: ChartDataMap[P]; table: DataTable } }[K];

/** `scenes`: the steps the table lists (the section's, in order). */
export function prepareChart<K extends ChartName>(name: K, source: ChartSource, scenes: readonly string[]): PreparedChart<K> {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[name];
  const data = entry.data(source);
  return { name, data, table: entry.table(data, scenes) };
}

export function chartData<K extends ChartName>(name: K, source: ChartSource): ChartDataMap[K] {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[name];
  return entry.data(source);
}

export function chartTable<K extends ChartName>(name: K, data: ChartDataMap[K], scenes: readonly string[]): DataTable {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[name];
  return entry.table(data, scenes);
}
