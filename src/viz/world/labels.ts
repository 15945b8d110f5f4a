// Where the cross-section's words go: each label, in order of importance, takes the first of its
// candidate spots around its point that nothing already placed crowds. Labels that must show (a
// person's name) take the least crowded spot; the others are left out rather than overlap.
// Pure pixel geometry on points already placed; knows nothing of places, people or the DOM.
import { r1 } from '../shared/math.ts';
import { labelBox, leastCrowded, overlapArea, textWidth, type Anchor, type Box, type FontMetrics } from '../shared/labels.ts';

/** A label to place: its point, its words and size, and whether it may be left out. */
export interface LabelRequest {
  key: string;
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  required?: boolean;
}

export interface PlacedLabel {
  key: string;
  x: number;
  y: number;
  anchor: Anchor;
  text: string;
  /** Line from the point to a label that had to stand away from it, or ''. */
  leader: string;
}

const SANS: FontMetrics = { em: 0.56, pad: 1 };
const SANS_BOLD: FontMetrics = { em: 0.6, pad: 1 };

/** Spots around a point, by preference: beside it, above, below, then stacked further off. */
const SPOTS: readonly (readonly [number, number, Anchor])[] = [
  [9, 4, 'start'],
  [-9, 4, 'end'],
  [0, -10, 'middle'],
  [0, 18, 'middle'],
  [7, -10, 'start'],
  [-7, -10, 'end'],
  [7, 18, 'start'],
  [-7, 18, 'end'],
  [0, -26, 'middle'],
  [0, 34, 'middle'],
  [10, -26, 'start'],
  [-10, -26, 'end'],
  [0, -42, 'middle'],
  [0, 50, 'middle'],
];

function boxOf(x: number, y: number, anchor: Anchor, request: LabelRequest): Box {
  const width = textWidth(request.text, request.size, request.bold ? SANS_BOLD : SANS);
  return labelBox(x, width, anchor, y - request.size * 0.8, y + request.size * 0.2);
}

/**
 * Places `requests` in their order within `bounds`, around `obstacles` (marks, fixed words).
 * Returns the labels placed, in the same order; optional labels that would overlap are dropped.
 */
export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Box[], bounds: Box): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const crowding = ([dx, dy, anchor]: (typeof SPOTS)[number]) => {
      const box = boxOf(request.x + dx, request.y + dy, anchor, request);
      const outside = box.x0 < bounds.x0 || box.x1 > bounds.x1 || box.y0 < bounds.y0 || box.y1 > bounds.y1 ? 1e6 : 0;
      // A little air around each label: words that touch read as one.
      const padded = { x0: box.x0 - 2, y0: box.y0 - 1, x1: box.x1 + 2, y1: box.y1 + 1 };
      return outside + taken.reduce((sum, other) => sum + overlapArea(padded, other), 0);
    };
    const found = leastCrowded(SPOTS, crowding);
    if (!found || (found.crowd > 0 && !request.required)) continue;
    const [dx, dy, anchor] = found.best;
    const x = r1(request.x + dx);
    const y = r1(request.y + dy);
    taken.push(boxOf(x, y, anchor, request));
    // Beside or just above/below reads as belonging to the point; further off needs a line.
    const far = Math.abs(dy) > 20;
    const leader = far ? `M${r1(request.x)},${r1(request.y + Math.sign(dy) * 5)}V${r1(dy < 0 ? y + 3 : y - request.size)}` : '';
    placed.push({ key: request.key, x, y, anchor, text: request.text, leader });
  }
  return placed;
}

/** The box a point mark of radius `r` takes, so labels keep off it. */
export function pointBox(x: number, y: number, r: number): Box {
  return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
}

/** The box of a fixed label (realm names, heights), as placeLabels measures its own. */
export function fixedBox(x: number, y: number, anchor: Anchor, text: string, size: number): Box {
  return boxOf(x, y, anchor, { key: '', x, y, text, size, bold: true });
}
