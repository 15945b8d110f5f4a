// Build-time: the slice of the timeline the fabric chart needs, as JSON-safe island props.
import type { Timeline } from '../../lib/parseTimeline.ts';
import type { SceneInfo } from '../shared/types.ts';

export interface FabricData {
  scenes: SceneInfo[];
}

export function fabricData(timeline: Timeline): FabricData {
  return { scenes: timeline.scenes };
}
