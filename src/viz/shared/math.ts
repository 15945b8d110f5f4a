// The small maths every chart model shares: clamping, linear interpolation, a linear map from a
// domain to a range, and the rounding that keeps SVG coordinates short. Pure numbers, no DOM.
//
// `linear` is hand-written rather than d3-scale's scaleLinear, which does the same and much more
// (ticks, formats, colour interpolation) but costs about 10.8 KB gzipped in a client bundle whose
// whole budget is 40 KB; build-time code may still use d3-scale.

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Rounds to one decimal: keeps SVG coordinates short without visible loss. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}

export type Linear = (value: number) => number;

export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Linear {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}
