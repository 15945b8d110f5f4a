// The character arcs as pure data: for a scroll frame and a size, where each protagonist stands on
// the allegiance/stance plane, the trail behind them, their labels (placed by labels.ts), the words
// that describe the moment and the table behind it. Knows nothing of the DOM, of Svelte or of scrolling.
import type { Frame } from '../../scrolly/frame.ts';
import { formatMonth, formatPosition, lowerFirst } from '../../lib/format.ts';
import { lerp, r1 } from '../shared/math.ts';
import type { DataTable, Size } from '../shared/types.ts';
import type { ArcCharacter, ArcPointData, ArcsData } from './data.ts';
import { markerShape } from '../shared/markers.ts';
import { endLabels, placeNames, placeNumbers, type LabelBox, type Plot } from './labels.ts';

/** Trail dash patterns, in the same order: a second cue besides colour. */
const DASHES = ['none', '8 4', '1 4.5', '10 4 1 4'];
/** Pixels kept free inside the frame, so markers at the ends of the scales are not clipped. */
const INSET = 12;
const MARGIN = { top: 24, bottom: 24, side: 8 };
const MAX_SIDE = 420;

/** The square's side: 420 up to a 640-wide chart, then growing with the width, so that on big
 *  desktops the chart fills its column instead of floating in it. */
function squareSide(width: number): number {
  return MAX_SIDE + Math.max(0, width - 640) * 0.9;
}

/** Every word on the plane, one list: axis ends, names, point numbers (character pages). */
export interface ArcText extends LabelBox {
  key: string;
  kind: 'end' | 'name' | 'number';
  colour: string;
  opacity: number;
}

export interface ArcMark {
  id: string;
  colour: string;
  shape: string;
  dash: string;
  x: number;
  y: number;
  opacity: number;
  trail: string;
  /** Points passed so far; `n` counts from 1 along the character's whole arc. */
  dots: { x: number; y: number; n: number }[];
  /** Line from the marker to a name that had to move away from it, or ''. */
  leader: string;
}

export interface ArcsView {
  scene: string;
  width: number;
  height: number;
  plot: Plot;
  /** Path data of the quiet guides: the two realms' halves, the frame and the centre cross. */
  guides: { alterna: string; glimmers: string; frame: string; axes: string };
  marks: ArcMark[];
  texts: ArcText[];
}

/** Height the chart wants at a width: a square plane, as wide as squareSide() allows. */
export function arcsHeight(width: number): number {
  return Math.round(Math.min(width - 2 * MARGIN.side, squareSide(width))) + MARGIN.top + MARGIN.bottom;
}

export function sceneIndex(data: ArcsData, sceneId: string): number {
  const i = data.scenes.findIndex((s) => s.id === sceneId);
  if (i < 0) throw new Error(`arcs chart: got scene "${sceneId}", expected a scene id from the timeline`);
  return i;
}

function characterById(data: ArcsData, id: string): ArcCharacter {
  const character = data.characters.find((c) => c.id === id);
  if (!character) throw new Error(`arcs chart: focus: got "${id}", expected one of ${data.characters.map((c) => c.id).join(', ')}`);
  return character;
}

/** The character's latest point at or before a scene position: where they stand there. */
export function positionAt(character: ArcCharacter, order: number): ArcPointData | undefined {
  let found: ArcPointData | undefined;
  for (const point of character.points) if (point.order <= order) found = point;
  return found;
}

// Straight segments, not a smoothing curve: the marker travels in straight lines between scenes,
// and the trail must be exactly the path it took (a curve would also invent states between points).
const polyline = (points: [number, number][]) => (points.length > 1 ? `M${points.join('L')}` : '');

export function arcsView(data: ArcsData, frame: Frame, size: Size, focus?: string): ArcsView {
  const from = sceneIndex(data, frame.scene);
  const to = sceneIndex(data, frame.towards);
  if (focus !== undefined) characterById(data, focus);
  const side = Math.max(40, Math.min(size.width - 2 * MARGIN.side, size.height - MARGIN.top - MARGIN.bottom));
  const [l, t, r, b] = [r1((size.width - side) / 2), MARGIN.top, r1((size.width + side) / 2), MARGIN.top + side];
  const plot = { left: l, top: t, right: r, bottom: b, cx: r1(size.width / 2), cy: t + side / 2 };
  const half = side / 2 - INSET;
  const px = (p: { allegiance: number; stance: number }): [number, number] => [r1(plot.cx + p.allegiance * half), r1(plot.cy - p.stance * half)];

  const marks: (ArcMark & { short: string; faint: boolean })[] = data.characters.flatMap((character, i) => {
    const start = positionAt(character, from);
    // Scenes the section skips still count: the marker passes through every point on the way.
    const chain = [...(start ? [start] : []), ...character.points.filter((p) => p.order > from && p.order <= to)];
    const first = chain[0];
    if (!first) return [];
    const segments = chain.length - 1;
    const u = frame.t * segments;
    const at = Math.min(Math.floor(u), Math.max(0, segments - 1));
    const a = px(chain[at] ?? first);
    const z = px(chain[Math.min(at + 1, segments)] ?? first);
    const share = segments === 0 ? 0 : u - at;
    const marker: [number, number] = [r1(lerp(a[0], z[0], share)), r1(lerp(a[1], z[1], share))];
    const passed = [...character.points.filter((p) => p.order <= from), ...chain.slice(1, Math.floor(u) + 1)];
    const points = passed.map(px);
    const last = points[points.length - 1];
    const faint = focus !== undefined && focus !== character.id;
    return [{
      id: character.id,
      short: character.short,
      colour: character.colour,
      shape: markerShape(i),
      dash: DASHES[i % DASHES.length] as string,
      x: marker[0],
      y: marker[1],
      opacity: Math.round((start ? 1 : frame.t) * (faint ? 30 : 100)) / 100,
      faint,
      trail: polyline(last && last[0] === marker[0] && last[1] === marker[1] ? points : [...points, marker]),
      dots: faint ? [] : passed.map((p) => { const [x, y] = px(p); return { x, y, n: character.points.indexOf(p) + 1 }; }),
      leader: '',
    }];
  });

  const { allegiance: al, stance: st } = data.axes;
  const ends = endLabels({ left: al.min, right: al.max, up: st.max, down: st.min }, plot);
  const texts: ArcText[] = ends.map(({ key, ...label }) => ({ key, kind: 'end', colour: 'ink', opacity: 1, ...label }));
  // Faint context goes unnamed: on a character page only the focused arc is labelled.
  const named = marks.filter((m) => !m.faint);
  const names = placeNames(named.map((m) => ({ x: m.x, y: m.y, text: m.short })), plot, size.width);
  named.forEach((mark, k) => {
    const { label, leader } = names[k] as (typeof names)[number];
    const own = { colour: mark.colour, opacity: mark.opacity };
    mark.leader = leader;
    texts.push({ ...label, ...own, key: mark.id, kind: 'name' });
    if (focus !== mark.id) return;
    for (const number of placeNumbers(mark.dots, [label])) texts.push({ ...number, ...own, key: `${mark.id}-${number.text}`, kind: 'number' });
  });
  return {
    scene: frame.scene,
    width: size.width,
    height: size.height,
    plot,
    guides: {
      alterna: `M${l},${t}H${plot.cx}V${b}H${l}Z`,
      glimmers: `M${plot.cx},${t}H${r}V${b}H${plot.cx}Z`,
      frame: `M${l},${t}H${r}V${b}H${l}Z`,
      axes: `M${l},${plot.cy}H${r}M${plot.cx},${t}V${b}`,
    },
    // Faint context first, so the focused arc is drawn on top.
    marks: marks.sort((m, n) => Number(n.faint) - Number(m.faint)).map(({ short: _s, faint: _f, ...mark }) => mark),
    texts,
  };
}

// A section's slice carries words only for the points its steps can name: asking for others means
// the data was sliced for other steps, which must fail loudly rather than print "undefined".
function words(point: ArcPointData, key: 'reason' | 'where' | 'move'): string {
  const text = point[key];
  if (text === undefined) throw new Error(`arcs chart: the point at scene "${point.scene}" has no ${key}, expected data sliced for these steps (or the whole story's)`);
  return text;
}

// Reasons are written as a character's line without its subject ("Opens the Rooms..."), so they
// follow the precomputed movement and a colon, in lower case.
function moved(character: ArcCharacter, point: ArcPointData): string {
  const why = lowerFirst(words(point, 'reason'));
  return `${character.name} ${words(point, 'move')}: ${/[.!?]$/.test(why) ? why : `${why}.`}`;
}

/**
 * Who moved at a scene and how: every character with a point since the previous step (or, without
 * one, at this very scene), how that point moved them and why. When nobody moved, where each one
 * stands. With `focus`, only that character, after a summary of their arc so far.
 */
export function describeArcs(data: ArcsData, sceneId: string, previousSceneId?: string, focus?: string): string {
  const i = sceneIndex(data, sceneId);
  // Without a previous step, only a point at this very scene counts as a move: i - 1 means that
  // in a section's slice too, since it keeps the scene of every point it keeps.
  const since = previousSceneId === undefined ? i - 1 : sceneIndex(data, previousSceneId);
  const cast = focus === undefined ? data.characters : [characterById(data, focus)];
  const scene = data.scenes[i];
  let text = scene ? `${scene.label}, ${formatMonth(scene.date)}.` : '';
  if (focus !== undefined) text += arcSummary(data, cast[0] as ArcCharacter, i);
  const moves = cast.flatMap((character) => {
    const now = positionAt(character, i);
    return now && now.order > since ? [moved(character, now)] : [];
  });
  if (moves.length > 0) return `${text} ${moves.join(' ')}`;
  const standing = cast.map((character) => {
    const now = positionAt(character, i);
    return now ? `${character.name} stands ${words(now, 'where')}` : `${character.name} has not appeared yet`;
  });
  return `${text}${focus === undefined ? ' Nobody moves here.' : ''} ${standing.join('; ')}.`;
}

function arcSummary(data: ArcsData, character: ArcCharacter, order: number): string {
  const points = character.points.filter((p) => p.order <= order);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return '';
  const month = (p: ArcPointData) => formatMonth(data.scenes[p.order]?.date ?? '');
  return ` ${character.name}’s arc so far, ${points.length} points: from ${words(first, 'where')} in ${month(first)} to ${words(last, 'where')} in ${month(last)}.`;
}

/** The positions at each step of the section; with `focus`, that character's points and reasons. */
export function arcsTable(data: ArcsData, scenes: readonly string[], focus?: string): DataTable {
  const { allegiance: al, stance: st } = data.axes;
  const scale = `(allegiance −1 ${al.min} to +1 ${al.max}; stance −1 ${lowerFirst(st.min)} to +1 ${lowerFirst(st.max)})`;
  if (focus !== undefined) {
    const character = characterById(data, focus);
    return {
      caption: `Where ${character.name} stands at each step ${scale}`,
      columns: ['Scene', 'Date', 'Allegiance', 'Stance', 'Why'],
      rows: scenes.map((sceneId) => {
        const i = sceneIndex(data, sceneId);
        const scene = data.scenes[i];
        const point = positionAt(character, i);
        const label = scene?.label ?? sceneId;
        const date = formatMonth(scene?.date ?? '');
        return point ? [label, date, formatPosition(point.allegiance), formatPosition(point.stance), words(point, 'reason')] : [label, date, 'not yet', 'not yet', ''];
      }),
      numeric: [false, false, true, true, false],
    };
  }
  return {
    caption: `Where each protagonist stands at each step of this section ${scale}`,
    columns: ['Scene', ...data.characters.flatMap((c) => [`${c.short}: allegiance`, `${c.short}: stance`])],
    rows: scenes.map((sceneId) => {
      const i = sceneIndex(data, sceneId);
      const cells = data.characters.flatMap((c) => {
        const point = positionAt(c, i);
        return point ? [formatPosition(point.allegiance), formatPosition(point.stance)] : ['not yet', 'not yet'];
      });
      return [data.scenes[i]?.label ?? sceneId, ...cells];
    }),
    numeric: [false, ...data.characters.flatMap(() => [true, true])],
  };
}
