import { describe, expect, it } from 'vitest';
import { monthTicks, spread, timeDomain, timeFraction } from '../../../../src/viz/timeline/scale.ts';

describe('the timeline scale', () => {
  const domain = timeDomain(['2145-03-02', '2146-01-10', '2147-09-21']);

  it('runs from the first scene month to the end of the last one', () => {
    expect(domain).toEqual({ from: '2145-03-01', to: '2147-10-01' });
    expect(timeFraction(domain, '2145-03-01')).toBe(0);
    expect(timeFraction(domain, '2147-10-01')).toBe(1);
    expect(timeFraction(domain, '2146-01-10')).toBeCloseTo(315 / 944, 6);
  });

  it('refuses an empty story', () => {
    expect(() => timeDomain([])).toThrow('timeDomain: got no dates, expected at least one scene');
  });

  it('ticks every month and labels the quarters and years, leaving room after the opening year', () => {
    const ticks = monthTicks(domain);
    expect(ticks).toHaveLength(31);
    expect(ticks[0]).toEqual({ date: '2145-03-01', label: '2145', year: true });
    expect(ticks[1]?.label).toBeUndefined();
    expect(ticks.filter((t) => t.label).map((t) => t.label)).toEqual(['2145', 'Jul', 'Oct', '2146', 'Apr', 'Jul', 'Oct', '2147', 'Apr', 'Jul']);
  });

  it('pushes crowded positions apart around where their dates put them, within bounds', () => {
    expect(spread([10, 50, 90], 10, 0, 100)).toEqual([10, 50, 90]);
    expect(spread([50, 50, 50], 10, 0, 100)).toEqual([40, 50, 60]);
    expect(spread([0, 1, 2], 10, 0, 100)).toEqual([0, 10, 20]);
    expect(spread([98, 99, 100], 10, 0, 100)).toEqual([80, 90, 100]);
    // A run that grows into the run before it joins it.
    expect(spread([10, 30, 34, 36], 10, 0, 100)).toEqual([10, 23.3333333333333, 33.3333333333333, 43.3333333333333].map((n) => expect.closeTo(n, 6)));
  });
});
