// Build-time: the slice of the timeline the divide chart needs, as JSON-safe island props.
import type { Timeline } from '../../story/timeline/parseTimeline.ts';
import type { SceneInfo } from '../shared/types.ts';

export interface DividePointData extends SceneInfo {
  index: number;
  components: Record<string, number>;
}

export interface DivideData {
  components: { id: string; label: string }[];
  /** Every scene of the story, in order: the chart's time axis. */
  points: DividePointData[];
}

export function divideData(timeline: Timeline): DivideData {
  return {
    components: timeline.divide.components.map(({ id, label }) => ({ id, label })),
    points: timeline.scenes.map((scene) => {
      const value = timeline.divide.values[scene.id];
      if (!value) throw new Error(`content/data/divide.json: scenes.${scene.id}: got nothing, expected values for every scene`);
      // The authors' notes explain the numbers in the data file; the chart does not show them.
      return { ...scene, index: value.index, components: value.components };
    }),
  };
}
