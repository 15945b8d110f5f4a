import { describe, expect, it } from 'vitest';
import { HOLD, morph, smoothstep } from '../../../src/scrolly/morph.ts';

describe('morph', () => {
  it('holds the scene still for the first part of a step', () => {
    expect(morph(0, false)).toBe(0);
    expect(morph(HOLD, false)).toBe(0);
  });
  it('arrives at the next scene at the end of the step', () => {
    expect(morph(1, false)).toBe(1);
  });
  it('moves halfway at the middle of the moving stretch', () => {
    expect(morph(HOLD + (1 - HOLD) / 2, false)).toBeCloseTo(0.5, 5);
  });
  it('never moves with reduced motion', () => {
    expect(morph(0.9, true)).toBe(0);
    expect(morph(1, true)).toBe(0);
  });
  it('treats a non-number as no movement', () => {
    expect(morph(Number.NaN, false)).toBe(0);
  });
  it('eases in and out and stays within 0..1', () => {
    expect(smoothstep(-1)).toBe(0);
    expect(smoothstep(2)).toBe(1);
    expect(smoothstep(0.25)).toBeLessThan(0.25);
    expect(smoothstep(0.75)).toBeGreaterThan(0.75);
  });
});
