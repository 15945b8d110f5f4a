import { describe, expect, it } from 'vitest';
import { frame } from '../../../src/scrolly/frame.ts';

const scenes = ['a', 'b', 'c'];

describe('frame', () => {
  it('shows the active step scene, heading for the next one', () => {
    expect(frame(scenes, { step: 1, progress: 0 })).toEqual({ step: 1, scene: 'b', towards: 'c', t: 0 });
  });
  it('is all the way to the next scene at the end of a step', () => {
    expect(frame(scenes, { step: 0, progress: 1 }).t).toBe(1);
  });
  it('has nowhere to go on the last step', () => {
    expect(frame(scenes, { step: 2, progress: 1 })).toEqual({ step: 2, scene: 'c', towards: 'c', t: 0 });
  });
  it('clamps a step index before the first or after the last', () => {
    expect(frame(scenes, { step: -3, progress: 0.5 }).scene).toBe('a');
    expect(frame(scenes, { step: 99, progress: 0.5 }).scene).toBe('c');
  });
  it('snaps with reduced motion', () => {
    expect(frame(scenes, { step: 0, progress: 0.95 }, true).t).toBe(0);
  });
  it('refuses a section without steps', () => {
    expect(() => frame([], { step: 0, progress: 0 })).toThrow(/at least one step/);
  });
});
