// The divide chart as pure data: for a scroll frame and a size, the band between the realms
// revealed up to the current moment, the components of the index, the words that describe it and
// the table behind it. Knows nothing of the DOM, of Svelte or of scrolling.
import { area, line } from 'd3-shape';
import type { Frame } from '../../scrolly/frame.ts';
import { formatMonth } from '../../lib/format.ts';
import { lerp, linear, r1 } from '../shared/math.ts';
import type { DataTable, Size } from '../shared/types.ts';
import type { DivideData, DividePointData } from './data.ts';

export interface DivideBar {
  id: string;
  label: string;
  value: number;
  y: number;
  width: number;
}

export interface DivideView {
  scene: string;
  /** Index at the current moment (interpolated), one decimal. */
  index: number;
  /** Timeline position revealed so far, 0..points-1. */
  reveal: number;
  band: string;
  alterna: string;
  glimmers: string;
  cursorX: number;
  revealWidth: number;
  acts: { act: number; x: number; width: number }[];
  bars: DivideBar[];
  plot: { top: number; bottom: number; left: number; right: number; mid: number; barsTop: number; barX: number; barMax: number; labelsAbove: boolean };
  y: (value: number) => number;
}

const MARGIN = { top: 28, right: 12, bottom: 8, left: 12 };
/** Below this width the bars' labels (up to ~165 px at 12 px) no longer fit beside the bars. */
const LABELS_BESIDE_MIN_WIDTH = 400;
const ROW = { beside: 22, above: 32 };

/** The chart's height for a width: the band's aspect, plus room for labels above the bars. */
export function divideHeight(width: number): number {
  return Math.round(width * 0.62) + 70 + (width < LABELS_BESIDE_MIN_WIDTH ? 4 * (ROW.above - ROW.beside) : 0);
}

export function pointIndex(data: DivideData, sceneId: string): number {
  const i = data.points.findIndex((p) => p.id === sceneId);
  if (i < 0) throw new Error(`divide chart: got scene "${sceneId}", expected a scene id from the timeline`);
  return i;
}

function valueAt(data: DivideData, position: number, pick: (p: DividePointData) => number): number {
  const lower = Math.floor(position);
  const a = data.points[lower];
  const b = data.points[Math.min(lower + 1, data.points.length - 1)];
  if (!a || !b) return 0;
  return lerp(pick(a), pick(b), position - lower);
}

export function divideView(data: DivideData, frame: Frame, size: Size): DivideView {
  const from = pointIndex(data, frame.scene);
  const to = pointIndex(data, frame.towards);
  const reveal = lerp(from, to, frame.t);
  const labelsAbove = size.width < LABELS_BESIDE_MIN_WIDTH;
  const row = labelsAbove ? ROW.above : ROW.beside;
  const barsHeight = data.components.length * row + 8;
  const plotBottom = size.height - barsHeight - 24;
  const x = linear([0, data.points.length - 1], [MARGIN.left, size.width - MARGIN.right]);
  const y = linear([-50, 50], [plotBottom, MARGIN.top]);
  const mid = y(0);

  const band = area<DividePointData>()
    .x((_, i) => r1(x(i)))
    .y0((p) => r1(y(-p.index / 2)))
    .y1((p) => r1(y(p.index / 2)));
  const edge = (sign: 1 | -1) =>
    line<DividePointData>()
      .x((_, i) => r1(x(i)))
      .y((p) => r1(y((sign * p.index) / 2)));

  const acts = [...new Set(data.points.map((p) => p.act))].map((act) => {
    const first = data.points.findIndex((p) => p.act === act);
    const last = data.points.map((p) => p.act).lastIndexOf(act);
    const left = first === 0 ? MARGIN.left : (x(first - 1) + x(first)) / 2;
    const right = last === data.points.length - 1 ? size.width - MARGIN.right : (x(last) + x(last + 1)) / 2;
    return { act, x: r1(left), width: r1(right - left) };
  });

  const barX = labelsAbove ? MARGIN.left : Math.min(170, size.width * 0.42);
  const barMax = size.width - MARGIN.right - barX - 34;
  const barsTop = plotBottom + 30;
  const bars = data.components.map((component, i) => {
    const value = valueAt(data, reveal, (p) => p.components[component.id] ?? 0);
    return { id: component.id, label: component.label, value: Math.round(value), y: barsTop + i * row, width: r1((barMax * value) / 100) };
  });

  return {
    scene: frame.scene,
    index: r1(valueAt(data, reveal, (p) => p.index)),
    reveal,
    band: band(data.points) ?? '',
    alterna: edge(1)(data.points) ?? '',
    glimmers: edge(-1)(data.points) ?? '',
    cursorX: r1(x(reveal)),
    revealWidth: r1(x(reveal) - MARGIN.left + 1),
    acts,
    bars,
    plot: { top: MARGIN.top, bottom: plotBottom, left: MARGIN.left, right: size.width - MARGIN.right, mid: r1(mid), barsTop, barX, barMax, labelsAbove },
    y: (value: number) => r1(y(value)),
  };
}

function change(now: number, before: number): string {
  const delta = Math.round((now - before) * 10) / 10;
  if (Math.abs(delta) < 0.5) return 'about where it stood';
  return delta > 0 ? `up ${Math.abs(delta)} points` : `down ${Math.abs(delta)} points`;
}

/** One or two sentences on the state at a scene: the index, its change, its extremes. */
export function describeDivide(data: DivideData, sceneId: string, previousSceneId?: string): string {
  const i = pointIndex(data, sceneId);
  const point = data.points[i] as DividePointData;
  const before = data.points[previousSceneId === undefined ? i - 1 : pointIndex(data, previousSceneId)];
  const ranked = data.components
    .map((c) => ({ label: c.label, value: point.components[c.id] ?? 0 }))
    .sort((a, b) => b.value - a.value);
  const widest = ranked[0];
  const narrowest = ranked[ranked.length - 1];
  const trend = before ? `, ${change(point.index, before.index)} since “${before.label}”` : ', where the story begins';
  const parts = widest && narrowest ? ` Widest gap: ${widest.label.toLowerCase()} (${widest.value}); narrowest: ${narrowest.label.toLowerCase()} (${narrowest.value}).` : '';
  return `${point.label}, ${formatMonth(point.date)}: the divide index stands at ${point.index} of 100${trend}.${parts}`;
}

export function divideTable(data: DivideData, scenes: readonly string[]): DataTable {
  const rows = scenes.map((sceneId) => {
    const point = data.points[pointIndex(data, sceneId)] as DividePointData;
    return [point.label, formatMonth(point.date), String(point.index), ...data.components.map((c) => String(point.components[c.id] ?? ''))];
  });
  return {
    caption: 'Divide index and its components at each step of this section (0 = no gap, 100 = total separation)',
    columns: ['Scene', 'Date', 'Index', ...data.components.map((c) => c.label)],
    rows,
    numeric: [false, false, true, ...data.components.map(() => true)],
  };
}
