// Linear interpolation, the one piece of tweening maths the chart models share.

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

/** Rounds to one decimal: keeps SVG coordinates short without visible loss. */
export function r1(value: number): number {
  return Math.round(value * 10) / 10;
}
