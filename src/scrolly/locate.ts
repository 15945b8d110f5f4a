// Which step is active, and how far through it the reader is, from the steps' boxes and the
// trigger line. The chart's state is computed from this alone, never from the order of scroll
// events, so a skipped, repeated or out-of-order event cannot leave a stale chart.

/** A step's box in viewport coordinates (getBoundingClientRect). */
export interface StepBox {
  top: number;
  bottom: number;
}

/** Active step index and progress through it, 0 at its top, 1 at its bottom. */
export interface ScrollPosition {
  step: number;
  progress: number;
}

export function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

export function locate(boxes: readonly StepBox[], trigger: number): ScrollPosition {
  let step = 0;
  for (let i = 0; i < boxes.length; i += 1) {
    const box = boxes[i];
    if (box && box.top <= trigger) step = i;
  }
  const box = boxes[step];
  if (!box) return { step: 0, progress: 0 };
  const height = box.bottom - box.top;
  return { step, progress: height > 0 ? clamp01((trigger - box.top) / height) : 0 };
}
