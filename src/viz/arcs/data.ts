// Build-time: the slice of the timeline the arcs chart needs, as JSON-safe island props: the axis
// labels, every scene (for order, labels and dates), each protagonist's points in story order, and
// the words for each point (where it leaves them, how they moved to it), so the browser ships no
// phrasing code. Runs on the server only; knows nothing of scales, layout or the page.
import type { Timeline } from '../../lib/parseTimeline.ts';
import type { ArcPoint, ArcsFile } from '../../schemas/timeline.ts';
import type { SceneInfo } from '../shared/types.ts';
import { formatPosition, lowerFirst } from './model.ts';

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
  /** Where the point leaves them, in words and numbers: "deep in Alterna, close to complicity (...)". */
  where: string;
  /** How they got here from their previous point, without the name: "moves towards agency (...)". */
  move: string;
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
        points: points.map((point, i) => ({
          ...point,
          order: order.get(point.scene) ?? -1,
          where: place(timeline.arcs.axes, point),
          move: movement(timeline.arcs.axes, points[i - 1], point),
        })),
      };
    }),
  };
}

/** Below this change (on the -1..1 scale) a move is not worth a word. */
const STILL = 0.05;

function place(axes: ArcsFile['axes'], p: ArcPoint): string {
  const { allegiance: al, stance: st } = axes;
  const [down, up] = [lowerFirst(st.min), lowerFirst(st.max)];
  const a = p.allegiance;
  const s = p.stance;
  const side = Math.abs(a) < 0.15 ? `between ${al.min} and ${al.max}` : `${Math.abs(a) >= 0.5 ? 'deep in' : 'leaning to'} ${a < 0 ? al.min : al.max}`;
  const stance = Math.abs(s) < 0.15 ? `between ${down} and ${up}` : `${Math.abs(s) >= 0.5 ? 'close to' : 'leaning to'} ${s < 0 ? down : up}`;
  return `${side}, ${stance} (allegiance ${formatPosition(a)}, stance ${formatPosition(s)})`;
}

function toward(delta: number, low: string, high: string): string {
  const size = Math.abs(delta) < 0.1 ? 'a little ' : Math.abs(delta) >= 0.3 ? 'a long way ' : '';
  return `${size}towards ${delta < 0 ? low : high}`;
}

function movement(axes: ArcsFile['axes'], before: ArcPoint | undefined, now: ArcPoint): string {
  if (!before) return `appears ${place(axes, now)}`;
  const moves: string[] = [];
  const numbers: string[] = [];
  for (const key of ['allegiance', 'stance'] as const) {
    const delta = Math.round((now[key] - before[key]) * 100) / 100;
    if (Math.abs(delta) < STILL) continue;
    const ends = key === 'stance' ? [lowerFirst(axes.stance.min), lowerFirst(axes.stance.max)] : [axes.allegiance.min, axes.allegiance.max];
    moves.push(toward(delta, ends[0] as string, ends[1] as string));
    numbers.push(`${key} ${formatPosition(before[key])} to ${formatPosition(now[key])}`);
  }
  return moves.length === 0
    ? `barely moves (allegiance ${formatPosition(now.allegiance)}, stance ${formatPosition(now.stance)})`
    : `moves ${moves.join(' and ')} (${numbers.join(', ')})`;
}
