// The story data as the rest of the site receives it, validated: scenes in order, the divide with
// its index, the character arcs and the fabric. Born here, with the story; charts slice it.
import type { ArcsFile, FabricFile, Scene } from '../../schemas/timeline.ts';

export interface TimelineFiles {
  scenes: unknown;
  divide: unknown;
  arcs: unknown;
  fabric: unknown;
}

export interface DivideComponent {
  id: string;
  label: string;
  description: string;
}

export interface DividePoint {
  /** Mean of the components, 0-100. */
  index: number;
  components: Record<string, number>;
  note: string;
}

export interface Timeline {
  scenes: Scene[];
  divide: { components: DivideComponent[]; values: Record<string, DividePoint> };
  arcs: ArcsFile;
  fabric: FabricFile;
}
