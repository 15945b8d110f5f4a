import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3-scale';
import { linear } from '../../../../src/viz/shared/linear.ts';

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
