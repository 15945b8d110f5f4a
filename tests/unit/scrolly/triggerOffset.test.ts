import { describe, expect, it } from 'vitest';
import { PHONE_MAX_WIDTH, triggerOffset } from '../../../src/scrolly/triggerOffset.ts';

describe('triggerOffset', () => {
  it('triggers at mid-screen where the chart sits beside the text', () => {
    expect(triggerOffset(1280)).toBe(0.5);
    expect(triggerOffset(PHONE_MAX_WIDTH + 1)).toBe(0.5);
  });
  it('triggers lower on phones, below the sticky chart', () => {
    expect(triggerOffset(390)).toBe(0.6);
    expect(triggerOffset(PHONE_MAX_WIDTH)).toBe(0.6);
  });
});
