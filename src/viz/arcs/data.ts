// Build-time: the slice of the timeline the arcs chart needs, as JSON-safe island props.
import type { Timeline } from '../../lib/parseTimeline.ts';
import type { SceneInfo } from '../shared/types.ts';

export interface CharacterInfo {
  id: string;
  name: string;
  /** Colour token: the chart uses var(--c-<colour>). */
  colour: string;
}

export interface ArcsData {
  scenes: SceneInfo[];
  characters: CharacterInfo[];
}

export function arcsData(timeline: Timeline, characters: CharacterInfo[]): ArcsData {
  return { scenes: timeline.scenes, characters };
}
