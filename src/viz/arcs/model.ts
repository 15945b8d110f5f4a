// The character arcs as pure data: for a scroll frame and a size, where each protagonist stands on
// the allegiance/stance plane, the trail behind them, their direct labels, the words that describe
// the moment and the table behind it. Knows nothing of the DOM, of Svelte or of scrolling.
import type { Frame } from '../../scrolly/frame.ts';
import { formatMonth } from '../../lib/formatDate.ts';
import { lerp, r1 } from '../shared/lerp.ts';
import type { DataTable, Size } from '../shared/types.ts';
import type { ArcCharacter, ArcPointData, ArcsData } from './data.ts';

/** Marker outlines centred on 0,0, by character order: shape, not colour alone, tells them apart. */
const SHAPES = [
  'M6.5,0A6.5,6.5,0,1,1,-6.5,0A6.5,6.5,0,1,1,6.5,0Z',
  'M-5.6,-5.6H5.6V5.6H-5.6Z',
  'M0,-7.6L7,4.4H-7Z',
  'M0,-7.8L7.8,0L0,7.8L-7.8,0Z',
];
/** Trail dash patterns, in the same order: a second cue besides colour. */
const DASHES = ['none', '8 4', '1 4.5', '10 4 1 4'];
/** Share of the plot's half-width kept free at the edges, so edge markers are not clipped. */
const INSET = 12;
const MARGIN = { top: 24, bottom: 24, side: 8 };
const MAX_SIDE = 440;

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'end';
  text: string;
}

export interface Leader {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ArcMark {
  id: string;
  short: string;
  colour: string;
  shape: string;
  dash: string;
  x: number;
  y: number;
  opacity: number;
  /** Context only (another character on a character page): no label, no dots. */
  faint: boolean;
  trail: string;
  /** Points passed so far; `n` counts from 1 along the character's whole arc. */
  dots: { x: number; y: number; n: number }[];
  numbers: LabelBox[];
  label: LabelBox | undefined;
  leader: Leader | undefined;
}

export interface ArcsView {
  scene: string;
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number; cx: number; cy: number };
  marks: ArcMark[];
}

/** Height the chart wants at a width: a square plane, capped so it fits beside the steps. */
export function arcsHeight(width: number): number {
  return Math.round(Math.min(width - 2 * MARGIN.side, MAX_SIDE)) + MARGIN.top + MARGIN.bottom;
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
  const left = (size.width - side) / 2;
  const plot = { left: r1(left), top: MARGIN.top, right: r1(left + side), bottom: MARGIN.top + side, cx: r1(left + side / 2), cy: MARGIN.top + side / 2 };
  const half = side / 2 - INSET;
  const px = (p: { allegiance: number; stance: number }): [number, number] => [r1(plot.cx + p.allegiance * half), r1(plot.cy - p.stance * half)];

  const marks = data.characters.flatMap((character, i): ArcMark[] => {
    const start = positionAt(character, from);
    // Scenes the section skips still count: the marker passes through every point on the way.
    const chain = [...(start ? [start] : []), ...character.points.filter((p) => p.order > from && p.order <= to)];
    const first = chain[0];
    if (!first) return [];
    const segments = chain.length - 1;
    const u = frame.t * segments;
    const at = Math.min(Math.floor(u), Math.max(0, segments - 1));
    const a = px(chain[at] ?? first);
    const b = px(chain[Math.min(at + 1, segments)] ?? first);
    const share = segments === 0 ? 0 : u - at;
    const marker: [number, number] = [r1(lerp(a[0], b[0], share)), r1(lerp(a[1], b[1], share))];
    const passed = [...character.points.filter((p) => p.order <= from), ...chain.slice(1, at + 1)];
    const points = passed.map(px);
    const last = points[points.length - 1];
    const trail = last && last[0] === marker[0] && last[1] === marker[1] ? points : [...points, marker];
    const faint = focus !== undefined && focus !== character.id;
    const dots = faint ? [] : passed.map((p) => ({ ...xy(px(p)), n: character.points.indexOf(p) + 1 }));
    return [{
      id: character.id,
      short: character.short,
      colour: `var(--c-${character.colour})`,
      shape: SHAPES[i % SHAPES.length] as string,
      dash: DASHES[i % DASHES.length] as string,
      x: marker[0],
      y: marker[1],
      opacity: Math.round((start ? 1 : frame.t) * (faint ? 30 : 100)) / 100,
      faint,
      trail: polyline(trail),
      dots,
      numbers: [],
      label: undefined,
      leader: undefined,
    }];
  });

  const labelled = marks.filter((m) => !m.faint);
  placeLabels(labelled, plot, size.width);
  for (const mark of labelled) if (focus === mark.id) mark.numbers = placeNumbers(mark.dots, mark.label ? [box(mark.label)] : []);
  // Faint context first, so the focused arc is drawn on top.
  marks.sort((m, n) => Number(n.faint) - Number(m.faint));
  return { scene: frame.scene, width: size.width, height: size.height, plot, marks };
}

function xy([x, y]: [number, number]) {
  return { x, y };
}

/** Rough width of a label at 12px in the chart's sans: enough to keep labels apart. */
const textWidth = (text: string) => text.length * 7 + 2;
const LINE = 14;
/** Markers closer than this (px) share one fan of labels. */
const CLUSTER = 26;

interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

function box(label: LabelBox): Box {
  const w = textWidth(label.text);
  const x0 = label.anchor === 'start' ? label.x : label.x - w;
  return { x0, x1: x0 + w, y0: label.y - 11, y1: label.y + 3 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

// A lone marker gets its name beside it (on the side with room). Markers that crowd together share
// a fan: names stacked to the left and right of the group, tied to their markers by short leaders.
function placeLabels(marks: ArcMark[], plot: ArcsView['plot'], width: number): void {
  const parent = marks.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i] as number));
  marks.forEach((a, i) =>
    marks.forEach((b, j) => {
      if (j > i && Math.hypot(a.x - b.x, a.y - b.y) < CLUSTER) parent[root(j)] = root(i);
    }),
  );
  const clusters = new Map<number, ArcMark[]>();
  marks.forEach((mark, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), mark]));

  for (const members of clusters.values()) {
    if (members.length === 1) {
      const mark = members[0] as ArcMark;
      const right = mark.x + 10 + textWidth(mark.short) <= width - 2;
      mark.label = { x: r1(mark.x + (right ? 10 : -10)), y: r1(mark.y + 4), anchor: right ? 'start' : 'end', text: mark.short };
      continue;
    }
    const byX = [...members].sort((a, b) => a.x - b.x || marks.indexOf(a) - marks.indexOf(b));
    const minX = (byX[0] as ArcMark).x;
    const maxX = (byX[byX.length - 1] as ArcMark).x;
    const half = Math.floor(byX.length / 2);
    for (const [side, anchor] of [[byX.slice(0, half), 'end'], [byX.slice(half), 'start']] as const) {
      const stack = [...side].sort((a, b) => a.y - b.y);
      const centre = stack.reduce((sum, m) => sum + m.y, 0) / (stack.length || 1);
      const low = plot.top + 10 - (centre - ((stack.length - 1) / 2) * LINE);
      const high = plot.bottom - 4 - (centre + ((stack.length - 1) / 2) * LINE);
      const shift = Math.min(Math.max(0, low), high);
      stack.forEach((mark, k) => {
        const y = centre + shift + (k - (stack.length - 1) / 2) * LINE;
        const x = anchor === 'start' ? maxX + 12 : minX - 12;
        mark.label = { x: r1(x), y: r1(y + 4), anchor, text: mark.short };
      });
    }
  }

  // Last resort for names that still collide (two lone markers side by side): step down a line.
  const placed: Box[] = [];
  for (const mark of [...marks].sort((a, b) => a.y - b.y || marks.indexOf(a) - marks.indexOf(b))) {
    const label = mark.label;
    if (!label) continue;
    while (placed.some((b) => overlaps(b, box(label)))) label.y = r1(label.y + LINE / 2);
    placed.push(box(label));
    const end = { x: label.x + (label.anchor === 'start' ? -3 : 3), y: label.y - 4 };
    if (Math.hypot(end.x - mark.x, end.y - mark.y) > 12) mark.leader = { x1: mark.x, y1: mark.y, x2: r1(end.x), y2: r1(end.y) };
  }
}

const NUMBER_SPOTS = [
  [8, -5, 'start'],
  [-8, -5, 'end'],
  [8, 14, 'start'],
  [-8, 14, 'end'],
] as const;

// On a character page every point is numbered; each number takes the first spot around its dot
// that hides no other dot, number or the name.
function placeNumbers(dots: ArcMark['dots'], taken: Box[]): LabelBox[] {
  const boxes = [...taken];
  return dots.map((dot) => {
    const text = String(dot.n);
    const spots = NUMBER_SPOTS.map(([dx, dy, anchor]) => ({ x: r1(dot.x + dx), y: r1(dot.y + dy), anchor, text }));
    const free = (label: LabelBox) => {
      const b = box(label);
      return !boxes.some((o) => overlaps(o, b)) && !dots.some((d) => d !== dot && d.x > b.x0 - 3 && d.x < b.x1 + 3 && d.y > b.y0 - 3 && d.y < b.y1 + 3);
    };
    const label = spots.find(free) ?? (spots[0] as LabelBox);
    boxes.push(box(label));
    return label;
  });
}

/** Two decimals with a true minus sign, as the table and descriptions print positions. */
export function formatPosition(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return (rounded === 0 ? 0 : rounded).toFixed(2).replace('-', '−');
}

/** The stance ends are common nouns ("Agency"); in running text they go lower case. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

// Reasons are written as a character's line without its subject ("Opens the Rooms..."), so they
// follow the precomputed movement and a colon, in lower case.
function moved(character: ArcCharacter, point: ArcPointData): string {
  const why = lowerFirst(point.reason);
  return `${character.name} ${point.move}: ${/[.!?]$/.test(why) ? why : `${why}.`}`;
}

/**
 * Who moved at a scene and how: every character with a point since the previous step (or, without
 * one, at this very scene), how that point moved them and why. When nobody moved, where each one
 * stands. With `focus`, only that character, after a summary of their arc so far.
 */
export function describeArcs(data: ArcsData, sceneId: string, previousSceneId?: string, focus?: string): string {
  const i = sceneIndex(data, sceneId);
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
    return now ? `${character.name} stands ${now.where}` : `${character.name} has not appeared yet`;
  });
  return `${text}${focus === undefined ? ' Nobody moves here.' : ''} ${standing.join('; ')}.`;
}

function arcSummary(data: ArcsData, character: ArcCharacter, order: number): string {
  const points = character.points.filter((p) => p.order <= order);
  const first = points[0];
  const last = points[points.length - 1];
  if (!first || !last || points.length < 2) return '';
  const month = (p: ArcPointData) => formatMonth(data.scenes[p.order]?.date ?? '');
  return ` ${character.name}’s arc so far, ${points.length} points: from ${first.where} in ${month(first)} to ${last.where} in ${month(last)}.`;
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
        return point ? [label, date, formatPosition(point.allegiance), formatPosition(point.stance), point.reason] : [label, date, 'not yet', 'not yet', ''];
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
