// Renders one step's print figure: the section's chart, server-side, still at that step, with its
// figure number. Print figures are never hydrated, so Svelte's hydration markers are dropped.
import { render } from 'svelte/server';
import type { ChartName } from '../../story/chartNames.ts';
import { CHARTS, type ChartDataMap, type ChartEntry } from '../../viz/registry.ts';

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

const HYDRATION_MARKER = /<!--[\s\S]*?-->/g;

export function printFigure<K extends ChartName>({ chart, data, title, scenes, step, sceneLabel, figure, hidden }: PrintFigure<K>): string {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[chart];
  const props = { data, scenes: [...scenes], title, step, print: true, sceneLabel, figure, hidden };
  return render(entry.component, { props, idPrefix: `${chart}-${scenes[step]}-print` }).body.replace(HYDRATION_MARKER, '');
}
