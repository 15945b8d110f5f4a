// Keeping a chart's words apart without measuring the DOM: a rough text width from per-font
// constants, the box a label takes, how much two boxes overlap, and the search for the least
// crowded of a label's candidate places. Shared by every chart that places its own labels.
// Pure pixel geometry: knows nothing of any chart, of Svelte or of the DOM.

/** A font's rough advance: `em` is the average character's width as a share of the font size,
 * `pad` is added once per label. Measured on the chart's own sans; enough to keep labels apart. */
export interface FontMetrics {
  em: number;
  pad: number;
}

/** Rough width in pixels of `text` at `size` px. */
export function textWidth(text: string, size: number, font: FontMetrics): number {
  return text.length * size * font.em + font.pad;
}

export type Anchor = 'start' | 'middle' | 'end';

/** An axis-aligned box in pixels, y growing down. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The box of a label `width` wide anchored at `x` (as SVG's text-anchor), from `y0` to `y1`. */
export function labelBox(x: number, width: number, anchor: Anchor, y0: number, y1: number): Box {
  const x0 = x - (anchor === 'start' ? 0 : anchor === 'end' ? width : width / 2);
  return { x0, y0, x1: x0 + width, y1 };
}

/** The area two boxes share (0 when they only touch or are apart). */
export function overlapArea(a: Box, b: Box): number {
  return Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * The first candidate with the lowest crowding, in the candidates' order of preference: a search
 * that is stable (ties go to the earlier place) and stops at the first place nothing crowds.
 * Undefined when there is no candidate.
 */
export function leastCrowded<T>(candidates: Iterable<T>, crowding: (candidate: T) => number): { best: T; crowd: number } | undefined {
  let found: { best: T; crowd: number } | undefined;
  for (const candidate of candidates) {
    const crowd = crowding(candidate);
    if (!found || crowd < found.crowd) found = { best: candidate, crowd };
    if (crowd === 0) break;
  }
  return found;
}
