import { describe, expect, it } from 'vitest';
import { clamp01, locate } from '../../../src/scrolly/locate.ts';

const boxes = [
  { top: 100, bottom: 300 },
  { top: 300, bottom: 500 },
  { top: 500, bottom: 700 },
];

describe('locate', () => {
  it('picks the first step with progress 0 before the trigger reaches any step', () => {
    expect(locate(boxes, 50)).toEqual({ step: 0, progress: 0 });
  });
  it('measures progress through the step the trigger line is in', () => {
    expect(locate(boxes, 200)).toEqual({ step: 0, progress: 0.5 });
    expect(locate(boxes, 450)).toEqual({ step: 1, progress: 0.75 });
  });
  it('keeps the last step, fully read, once the trigger is past every step', () => {
    expect(locate(boxes, 5000)).toEqual({ step: 2, progress: 1 });
  });
  it('gives the later step when the trigger sits exactly on a boundary', () => {
    expect(locate(boxes, 300)).toEqual({ step: 1, progress: 0 });
  });
  it('answers the same whatever happened before: a jump lands on the right step', () => {
    const jumped = boxes.map((b) => ({ top: b.top - 10000, bottom: b.bottom - 10000 }));
    expect(locate(jumped, 400)).toEqual({ step: 2, progress: 1 });
  });
  it('copes with no steps and with zero-height steps', () => {
    expect(locate([], 100)).toEqual({ step: 0, progress: 0 });
    expect(locate([{ top: 10, bottom: 10 }], 100)).toEqual({ step: 0, progress: 0 });
  });
  it('clamps progress into 0..1 and maps non-numbers to 0', () => {
    expect(clamp01(-1)).toBe(0);
    expect(clamp01(2)).toBe(1);
    expect(clamp01(Number.NaN)).toBe(0);
  });
});
