// The story's timeline as geometry: act bands behind, one lane per protagonist, every scene a
// column with a mark in each lane of those who appear in it, month ticks. Laid out across a wide
// screen (time left to right) or down a phone (time top to bottom, lanes as columns). Pure: the
// data, an orientation and the act to highlight in, shapes and words out.
import { formatDay, formatMonth } from '../../lib/format.ts';
import type { TimelineData, TimelineScene } from './data.ts';
import { monthTicks, spread, timeDomain, timeFraction, type TimeDomain } from './scale.ts';

export type Orientation = 'across' | 'down';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface BandShape extends Box {
  act: number;
  title: string;
  label: { x: number; y: number };
  /** "Act 2", then the title in lines that fit the band. */
  lines: string[];
  /** The act the page is about (a chapter's own), drawn stronger. */
  current: boolean;
  href: string | undefined;
}

export interface LaneShape {
  id: string;
  name: string;
  /** What the lane's label prints: the full name across, the first name down a phone's narrow column. */
  text: string;
  colour: string;
  line: { x1: number; y1: number; x2: number; y2: number };
  label: { x: number; y: number };
  /** The lane's marks as one path each (scenes of the highlighted act, or all; the others): few elements. */
  dots: string;
  fadedDots: string;
}

export interface TickShape {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  label: string | undefined;
  year: boolean;
}

export interface SceneShape {
  id: string;
  act: number;
  href: string | undefined;
  /** Accessible name of its link: the date and label. */
  name: string;
  /** The whole column (or row), the link's target area. */
  hit: Box;
  /** The scene's own mark on the scenes row, placed apart from crowded neighbours. */
  mark: { x: number; y: number };
  /** Where its date falls on the time axis (the mark may sit a little off it). */
  at: number;
  dots: { lane: string; colour: string; x: number; y: number }[];
  /** Outside the highlighted act: drawn quietly. */
  faded: boolean;
}

export interface TimelineGeometry {
  orientation: Orientation;
  width: number;
  height: number;
  bands: BandShape[];
  lanes: LaneShape[];
  ticks: TickShape[];
  /** Every month's small tick, as one path. */
  monthPath: string;
  scenes: SceneShape[];
  /** The scenes row: its label, and every scene's bar as one path (strong; faded). */
  scenesRow: { label: { x: number; y: number }; marks: string; fadedMarks: string };
}

const DOT_RADIUS = 4.5;
const round = (n: number) => Math.round(n * 10) / 10;
const circlePath = ({ x, y }: { x: number; y: number }) =>
  `M${round(x - DOT_RADIUS)},${round(y)}a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${DOT_RADIUS * 2},0a${DOT_RADIUS},${DOT_RADIUS} 0 1,0 ${-DOT_RADIUS * 2},0`;
const barPath = (across: boolean) => ({ x, y }: { x: number; y: number }) =>
  across ? `M${round(x - 1.5)},${round(y - 7)}h3v14h-3z` : `M${round(x - 7)},${round(y - 1.5)}h14v3h-14z`;

/** Design sizes, in SVG units (px at 1:1): one for wide screens, one for phones. */
export const LAYOUT = {
  across: { width: 960, gutter: 112, top: 44, row: 30, bottom: 34, gap: 11, right: 14 },
  down: { width: 340, gutter: 66, right: 44, top: 34, bottom: 10, gap: 12, monthLength: 30 },
} as const;

export interface TimelineOptions {
  orientation: Orientation;
  /** The act to highlight (a chapter's own); none on the home page. */
  act?: number | undefined;
}

export function sceneName(scene: TimelineScene): string {
  return `${formatDay(scene.date)}: ${scene.label} (Act ${scene.act})`;
}

function monthsIn(domain: TimeDomain): number {
  return monthTicks(domain).length;
}

export function timelineModel(data: TimelineData, { orientation, act }: TimelineOptions): TimelineGeometry {
  const domain = timeDomain(data.scenes.map((s) => s.date));
  const across = orientation === 'across';
  const laneCount = data.characters.length;
  // The time axis runs from `start` to `end` along x (across) or y (down); lanes sit the other way.
  const size = across
    ? { width: LAYOUT.across.width, height: LAYOUT.across.top + LAYOUT.across.row * (laneCount + 1) + LAYOUT.across.bottom }
    : { width: LAYOUT.down.width, height: LAYOUT.down.top + LAYOUT.down.monthLength * monthsIn(domain) + LAYOUT.down.bottom };
  const start = across ? LAYOUT.across.gutter : LAYOUT.down.top;
  const end = across ? size.width - LAYOUT.across.right : size.height - LAYOUT.down.bottom;
  const time = (date: string) => start + timeFraction(domain, date) * (end - start);
  // Cross positions: row 0 is the scenes row, rows 1.. the lanes.
  const crossStart = across ? LAYOUT.across.top : LAYOUT.down.gutter;
  const rowSize = across ? LAYOUT.across.row : (LAYOUT.down.width - LAYOUT.down.gutter - LAYOUT.down.right) / (laneCount + 1);
  const rowCentre = (row: number) => crossStart + rowSize * (row + 0.5);
  const crossEnd = crossStart + rowSize * (laneCount + 1);
  // Coordinates to a tenth of a unit: finer is invisible and only adds bytes to every page.
  const point = (t: number, c: number) => (across ? { x: round(t), y: round(c) } : { x: round(c), y: round(t) });
  const box = (t0: number, t1: number, c0: number, c1: number): Box => {
    const [a, b, c, d] = [round(t0), round(t1), round(c0), round(c1)];
    return across ? { x: a, y: c, width: round(b - a), height: round(d - c) } : { x: c, y: a, width: round(d - c), height: round(b - a) };
  };

  const bandStarts = data.acts.map((a, i) => (i === 0 ? start : time(a.from)));
  const bands = data.acts.map((a, i) => {
    const t0 = bandStarts[i] as number;
    const t1 = bandStarts[i + 1] ?? end;
    const label = across ? { x: round(t0 + 6), y: 16 } : { x: 6, y: round(t0 + 14) };
    const lines = [`Act ${a.act}`, ...wrap(a.title, across ? Math.max(8, Math.floor((t1 - t0 - 8) / 6.6)) : 9)];
    return { act: a.act, title: a.title, ...box(t0, t1, 0, across ? crossEnd : size.width), label, lines, current: a.act === act, href: a.href };
  });

  const lanes = data.characters.map((c, i) => {
    const c0 = rowCentre(i + 1);
    const from = point(start, c0);
    const to = point(end, c0);
    return {
      id: c.id,
      name: c.name,
      text: across ? c.name : (c.name.split(' ')[0] ?? c.name),
      colour: c.colour,
      line: { x1: from.x, y1: from.y, x2: to.x, y2: to.y },
      label: across ? { x: LAYOUT.across.gutter - 10, y: c0 } : { x: c0, y: LAYOUT.down.top - 8 },
    };
  });

  const gap = across ? LAYOUT.across.gap : LAYOUT.down.gap;
  const ats = data.scenes.map((s) => time(s.date));
  // Spread within each act's band, so no scene's mark strays into a neighbouring act.
  const placed = bands.flatMap((band) => {
    const t0 = across ? band.x : band.y;
    const t1 = t0 + (across ? band.width : band.height);
    const own = data.scenes.flatMap((s, i) => (s.act === band.act ? [ats[i] as number] : []));
    return spread(own, gap, t0 + gap / 2, t1 - gap / 2);
  });
  const scenes: SceneShape[] = data.scenes.map((scene, i) => {
    const t = placed[i] as number;
    const dots = scene.who.map((id) => {
      const lane = data.characters.findIndex((c) => c.id === id);
      return { lane: id, colour: data.characters[lane]?.colour ?? '', ...point(t, rowCentre(lane + 1)) };
    });
    return {
      id: scene.id,
      act: scene.act,
      href: scene.href,
      name: sceneName(scene),
      hit: box(t - gap / 2, t + gap / 2, crossStart, crossEnd),
      mark: point(t, rowCentre(0)),
      at: round(ats[i] as number),
      dots,
      faded: act !== undefined && scene.act !== act,
    };
  });

  // Labelled ticks run through the lanes; every month gets a short tick on the axis.
  const pathOf = (draw: (p: { x: number; y: number }) => string, faded: boolean, points: (s: SceneShape) => { x: number; y: number }[]) =>
    scenes.filter((s) => s.faded === faded).flatMap(points).map(draw).join('');
  const lanesWithDots = lanes.map((lane) => {
    const dotsOf = (s: SceneShape) => s.dots.filter((d) => d.lane === lane.id);
    return { ...lane, dots: pathOf(circlePath, false, dotsOf), fadedDots: pathOf(circlePath, true, dotsOf) };
  });
  const bar = barPath(across);

  const axis = crossEnd + 2;
  const ticks = monthTicks(domain)
    .filter((m) => m.label !== undefined)
    .map((m) => {
      const t = time(m.date);
      const a = point(t, crossStart);
      const b = point(t, axis + 8);
      return { x1: a.x, y1: a.y, x2: b.x, y2: b.y, label: m.label, year: m.year };
    });
  const monthPath = monthTicks(domain)
    .map((m) => {
      const t = Math.round(time(m.date) * 10) / 10;
      return across ? `M${t},${axis}v4` : `M${axis},${t}h4`;
    })
    .join('');

  return {
    orientation,
    ...size,
    bands,
    lanes: lanesWithDots,
    ticks,
    monthPath,
    scenes,
    scenesRow: {
      label: across ? { x: LAYOUT.across.gutter - 10, y: rowCentre(0) } : { x: rowCentre(0), y: LAYOUT.down.top - 8 },
      marks: pathOf(bar, false, (s) => [s.mark]),
      fadedMarks: pathOf(bar, true, (s) => [s.mark]),
    },
  };
}

/** Words of `text` in lines of at most `width` characters (a longer word keeps its own line). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The span of an act in words ("June to August 2145"). */
export function actSpanWords(data: TimelineData, act: number): string {
  const dates = data.scenes.filter((s) => s.act === act).map((s) => s.date);
  const first = dates[0];
  const last = dates[dates.length - 1];
  if (!first || !last) return '';
  const [from, to] = [formatMonth(first), formatMonth(last)];
  if (from === to) return from;
  return from.endsWith(first.slice(0, 4)) && first.slice(0, 4) === last.slice(0, 4) ? `${from.split(' ')[0]} to ${to}` : `${from} to ${to}`;
}
