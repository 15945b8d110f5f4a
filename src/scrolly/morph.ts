// How far the chart has moved from the active step's scene towards the next one. The chart holds
// each scene for most of its step and moves in the last stretch, so the state a reader sees
// while reading a step is that step's scene. With reduced motion there is no in-between.

/** Share of a step's progress during which the chart holds still. */
export const HOLD = 0.6;

export function smoothstep(t: number): number {
  const x = Math.min(1, Math.max(0, t));
  return x * x * (3 - 2 * x);
}

export function morph(progress: number, reducedMotion: boolean): number {
  if (reducedMotion || !Number.isFinite(progress)) return 0;
  return smoothstep((progress - HOLD) / (1 - HOLD));
}
