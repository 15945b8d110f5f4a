// Build-time: the slice of the timeline the arcs chart needs, as JSON-safe island props: the axis
// labels, the scenes (order, labels, dates), each protagonist's points in story order, and the words
// for the points a description can name, so the browser ships no phrasing code. Runs on the server
// only; knows nothing of scales, layout or the page.
import type { Timeline } from '../../story/timeline/parseTimeline.ts';
import type { ArcPoint, ArcsFile } from '../../schemas/timeline.ts';
import type { SceneInfo } from '../shared/types.ts';
import { formatPosition, lowerFirst } from '../../lib/format.ts';
import type { CharacterInfo } from '../../story/protagonists.ts';

export type { CharacterInfo } from '../../story/protagonists.ts';

/** What a description says of a point: the story's reason and two precomputed phrases. */
export interface ArcWords {
  /** From arcs.json, one line: why they stand here. */
  reason: string;
  /** Where the point leaves them, in words and numbers: "deep in Alterna, close to complicity (...)". */
  where: string;
  /** How they got here from their previous point, without the name: "moves towards agency (...)". */
  move: string;
}

/**
 * A point on the plane. Its words are absent from a section's slice when none of the section's
 * steps can name the point (the model refuses to describe such a point rather than print "undefined").
 */
export interface ArcPointData extends Partial<ArcWords> {
  scene: string;
  /**
   * Index of the point's scene in `ArcsData.scenes`, so the model never searches by id. In the
   * whole story's data that is the scene's position in the story; a section's slice renumbers.
   */
  order: number;
  /** -1 = Alterna, +1 = the Glimmers. */
  allegiance: number;
  /** -1 = complicity, +1 = agency. */
  stance: number;
}

export interface ArcCharacter<Point extends ArcPointData = ArcPointData> extends CharacterInfo {
  /** First name: the chart's direct label. */
  short: string;
  points: Point[];
}

export interface ArcsData<Point extends ArcPointData = ArcPointData> {
  axes: ArcsFile['axes'];
  /**
   * Every scene of the story, in order: a frame may stand on a scene where nobody moves. A
   * section's slice keeps only its steps' scenes and those its points stand on.
   */
  scenes: SceneInfo[];
  /** The protagonists in list order; the order fixes each one's marker shape and dash. */
  characters: ArcCharacter<Point>[];
}

/** The whole story's arcs, every point with its words: what a focused character page needs. */
export type WholeArcsData = ArcsData<ArcPointData & ArcWords>;

/**
 * The arcs of the whole story (a character page), or, given `sceneIds` (a section's step scenes),
 * only what a section showing those steps needs: the props are serialised into every chapter page
 * with an arcs section. A section keeps each character's points up to its last step, since the
 * trails need the earlier ones, but words only for the point each character stands on at a step,
 * the only points its descriptions name. A focused character page needs the whole data: its
 * summary reaches back to the first point.
 */
export function arcsData(timeline: Timeline, characters: CharacterInfo[]): WholeArcsData;
export function arcsData(timeline: Timeline, characters: CharacterInfo[], sceneIds: readonly string[] | undefined): ArcsData;
export function arcsData(timeline: Timeline, characters: CharacterInfo[], sceneIds?: readonly string[]): ArcsData {
  const story = new Map(timeline.scenes.map((scene, i) => [scene.id, i]));
  const steps = sceneIds?.map((id) => {
    const at = story.get(id);
    if (at === undefined) throw new Error(`arcsData: got scene "${id}", expected a scene id from content/data/scenes.json`);
    return at;
  });
  const last = steps ? Math.max(-1, ...steps) : Infinity;
  const arcs = characters.map((character) => {
    const points = timeline.arcs.characters[character.id];
    if (!points) {
      throw new Error(`content/data/arcs.json: characters.${character.id}: got nothing, expected the arc of every protagonist`);
    }
    const placed = points.map((point, i) => ({ point, at: story.get(point.scene) ?? -1, before: points[i - 1] }));
    const kept = placed.filter((p) => p.at <= last);
    // Where each character stands at each step: a description names no other point.
    const named = new Set(steps?.flatMap((step) => kept.filter((p) => p.at <= step).slice(-1)));
    return { character, kept, named };
  });
  // Story positions of the scenes kept: the steps' and those the kept points stand on.
  const shown = steps
    ? [...new Set([...steps, ...arcs.flatMap((arc) => arc.kept.map((p) => p.at))])].sort((a, b) => a - b)
    : timeline.scenes.map((_, i) => i);
  const index = new Map(shown.map((at, i) => [at, i]));
  return {
    axes: timeline.arcs.axes,
    scenes: shown.flatMap((at) => timeline.scenes[at] ?? []).map(({ id, act, date, label }) => ({ id, act, date, label })),
    characters: arcs.map(({ character, kept, named }) => ({
      ...character,
      short: character.name.split(' ')[0] ?? character.name,
      points: kept.map((p) => {
        const { scene, allegiance, stance } = p.point;
        const order = index.get(p.at) ?? -1;
        if (steps && !named.has(p)) return { scene, allegiance, stance, order };
        return { ...p.point, order, where: place(timeline.arcs.axes, p.point), move: movement(timeline.arcs.axes, p.before, p.point) };
      }),
    })),
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
