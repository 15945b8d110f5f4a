// Build-time: the slice of the timeline the arcs chart needs, as JSON-safe island props: the axis
// labels, every scene (for order, labels and dates), and each protagonist's points in story order.
// Runs on the server only; knows nothing of scales, layout or the page.
import type { Timeline } from '../../lib/parseTimeline.ts';
import type { ArcsFile } from '../../schemas/timeline.ts';
import type { SceneInfo } from '../shared/types.ts';

export interface CharacterInfo {
  id: string;
  name: string;
  /** Colour token: the chart uses var(--c-<colour>). */
  colour: string;
}

export interface ArcPointData {
  scene: string;
  /** Position of the scene in the story (0 = first scene), so the model never searches by id. */
  order: number;
  /** -1 = Alterna, +1 = the Glimmers. */
  allegiance: number;
  /** -1 = complicity, +1 = agency. */
  stance: number;
  reason: string;
}

export interface ArcCharacter extends CharacterInfo {
  /** First name: the chart's direct label. */
  short: string;
  points: ArcPointData[];
}

export interface ArcsData {
  axes: ArcsFile['axes'];
  /** Every scene of the story, in order: a frame may stand on a scene where nobody moves. */
  scenes: SceneInfo[];
  /** The protagonists in list order; the order fixes each one's marker shape and dash. */
  characters: ArcCharacter[];
}

export function arcsData(timeline: Timeline, characters: CharacterInfo[]): ArcsData {
  const order = new Map(timeline.scenes.map((scene, i) => [scene.id, i]));
  return {
    axes: timeline.arcs.axes,
    scenes: timeline.scenes.map(({ id, act, date, label }) => ({ id, act, date, label })),
    characters: characters.map((character) => {
      const points = timeline.arcs.characters[character.id];
      if (!points) {
        throw new Error(`content/data/arcs.json: characters.${character.id}: got nothing, expected the arc of every protagonist`);
      }
      return {
        ...character,
        short: character.name.split(' ')[0] ?? character.name,
        points: points.map((point) => ({ ...point, order: order.get(point.scene) ?? -1 })),
      };
    }),
  };
}
