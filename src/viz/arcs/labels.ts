// Where the arcs chart's words go on the plane: each marker's name beside it (a fan with leader
// lines where markers crowd), the numbers of a character page's points, the axis ends. Pure pixel
// geometry on positions already placed; knows nothing of characters, scenes, scrolling or the DOM.
import { clamp, r1 } from '../shared/math.ts';

export interface LabelBox {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  text: string;
}

/** The drawing's square plane, in pixels; cx, cy is its centre. */
export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
  cx: number;
  cy: number;
}

/** A marker to name: where it stands and the name it takes. */
export interface Marker {
  x: number;
  y: number;
  text: string;
}

export interface NameLabel {
  label: LabelBox;
  /** Line from the marker to a name that had to move away from it, or ''. */
  leader: string;
}

/** Rough width of a label at 12px in the chart's sans: enough to keep labels apart. */
const textWidth = (text: string) => text.length * 7 + 2;
const LINE = 15;
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
  const x0 = label.x - (label.anchor === 'start' ? 0 : label.anchor === 'end' ? w : w / 2);
  return { x0, x1: x0 + w, y0: label.y - 11, y1: label.y + 3 };
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The ends of both scales, around the plane: the realms head their halves, stance ends above and below. */
export function endLabels(ends: { left: string; right: string; up: string; down: string }, plot: Plot): (LabelBox & { key: string })[] {
  // Above and below the frame, where no marker can sit.
  return [
    { key: 'min-x', x: plot.left, y: plot.top - 8, anchor: 'start', text: ends.left },
    { key: 'max-x', x: plot.right, y: plot.top - 8, anchor: 'end', text: ends.right },
    { key: 'max-y', x: plot.cx, y: plot.top - 8, anchor: 'middle', text: `↑ ${ends.up}` },
    { key: 'min-y', x: plot.cx, y: plot.bottom + 17, anchor: 'middle', text: `↓ ${ends.down}` },
  ];
}

type Placing = Marker & { i: number; label?: LabelBox; leader: string };

/**
 * One name per marker, in the markers' order (`width` is the whole drawing's). A lone marker gets
 * its name beside it, on the side with room. Markers that crowd together share a fan: names stacked
 * to the left and right of the group, tied to their markers by short leaders.
 */
export function placeNames(markers: readonly Marker[], plot: Plot, width: number): NameLabel[] {
  const marks: Placing[] = markers.map((m, i) => ({ ...m, i, leader: '' }));
  const parent = marks.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : root(parent[i] as number));
  marks.forEach((a, i) =>
    marks.forEach((b, j) => {
      if (j > i && Math.hypot(a.x - b.x, a.y - b.y) < CLUSTER) parent[root(j)] = root(i);
    }),
  );
  const clusters = new Map<number, Placing[]>();
  marks.forEach((mark, i) => clusters.set(root(i), [...(clusters.get(root(i)) ?? []), mark]));

  for (const members of clusters.values()) {
    const byX = members.sort((a, b) => a.x - b.x || a.i - b.i);
    const minX = (byX[0] as Placing).x;
    const maxX = (byX[byX.length - 1] as Placing).x;
    // A crowd's names stand well clear of it, so each leader is long enough to follow.
    const gap = byX.length > 1 ? 22 : 10;
    const wide = Math.max(...byX.map((m) => textWidth(m.text)));
    // Names go right of a lone marker and to both sides of a crowd, unless that leaves the picture.
    const split = maxX + gap + wide > width - 2 ? byX.length : minX - gap - wide < 2 ? 0 : Math.floor(byX.length / 2);
    for (const [side, anchor] of [[byX.slice(0, split), 'end'], [byX.slice(split), 'start']] as const) {
      const stack = [...side].sort((a, b) => a.y - b.y);
      const spread = ((stack.length - 1) / 2) * LINE;
      const centre = stack.reduce((sum, m) => sum + m.y, 0) / (stack.length || 1);
      const y0 = clamp(centre, plot.top + 10 + spread, plot.bottom - 4 - spread);
      stack.forEach((mark, k) => {
        mark.label = { x: r1(anchor === 'start' ? maxX + gap : minX - gap), y: r1(y0 - spread + k * LINE + 4), anchor, text: mark.text };
      });
    }
  }

  // Last resort for names that still collide (two lone markers side by side): step down a line.
  const placed: Box[] = [];
  for (const mark of [...marks].sort((a, b) => a.y - b.y || a.i - b.i)) {
    const label = mark.label as LabelBox;
    while (placed.some((o) => overlaps(o, box(label)))) label.y = r1(label.y + LINE / 2);
    placed.push(box(label));
    const end = [r1(label.x + (label.anchor === 'start' ? -3 : 3)), r1(label.y - 4)];
    if (Math.hypot((end[0] as number) - mark.x, (end[1] as number) - mark.y) > 12) mark.leader = `M${mark.x},${mark.y}L${end.join(',')}`;
  }
  return marks.map((mark) => ({ label: mark.label as LabelBox, leader: mark.leader }));
}

const NUMBER_SPOTS = [
  [8, -5, 'start'],
  [-8, -5, 'end'],
  [8, 14, 'start'],
  [-8, 14, 'end'],
  [0, -9, 'middle'],
  [0, 19, 'middle'],
  [15, 5, 'start'],
  [-15, 5, 'end'],
] as const;

/**
 * A number for each dot, in the dots' order (a character page numbers every point). Each takes the
 * spot around its dot that hides the fewest other dots, numbers and `taken` labels: the first such
 * spot, so it is stable.
 */
export function placeNumbers(dots: readonly { x: number; y: number; n: number }[], taken: readonly LabelBox[]): LabelBox[] {
  const boxes = taken.map(box);
  return dots.map((dot) => {
    const text = String(dot.n);
    let best: LabelBox | undefined;
    let fewest = Infinity;
    for (const [dx, dy, anchor] of NUMBER_SPOTS) {
      const label = { x: r1(dot.x + dx), y: r1(dot.y + dy), anchor, text };
      const b = box(label);
      const hidden = boxes.filter((o) => overlaps(o, b)).length + dots.filter((d) => d !== dot && d.x > b.x0 - 3 && d.x < b.x1 + 3 && d.y > b.y0 - 3 && d.y < b.y1 + 3).length;
      if (hidden < fewest) [best, fewest] = [label, hidden];
    }
    boxes.push(box(best as LabelBox));
    return best as LabelBox;
  });
}
