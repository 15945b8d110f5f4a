import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { clamp, lerp, linear, r1 } from '../../../../src/viz/shared/math.ts';

describe('linear', () => {
  it('maps a domain onto a range exactly as d3-scale does', () => {
    const ours = linear([0, 28], [12, 628]);
    const d3 = scaleLinear().domain([0, 28]).range([12, 628]);
    for (const v of [-3, 0, 0.5, 7, 13.25, 28, 40]) expect(ours(v)).toBeCloseTo(d3(v), 10);
  });
  it('handles inverted ranges, as for a y axis', () => {
    expect(linear([-50, 50], [400, 0])(25)).toBe(100);
  });
  it('answers the middle of the range for an empty domain', () => {
    expect(linear([3, 3], [0, 10])(3)).toBe(5);
  });
});

describe('clamp, lerp, r1', () => {
  it('clamp holds a value within its bounds', () => {
    expect([clamp(-1, 0, 10), clamp(5, 0, 10), clamp(11, 0, 10)]).toEqual([0, 5, 10]);
  });
  it('lerp runs from a at 0 to b at 1', () => {
    expect([lerp(10, 20, 0), lerp(10, 20, 0.25), lerp(10, 20, 1)]).toEqual([10, 12.5, 20]);
  });
  it('r1 rounds to one decimal', () => {
    expect([r1(1.24), r1(1.25), r1(-0.04)]).toEqual([1.2, 1.3, -0]);
  });
});
