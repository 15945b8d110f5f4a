import { describe, expect, it } from 'vitest';
import { cumulativeLayoutShift, longTasksBetween, percentile } from '../../../../scripts/bench/stats.ts';

describe('percentile', () => {
  it('takes the nearest rank, whatever the order of the values', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([16.7, 16.6, 50], 95)).toBe(50);
  });
  it('is 0 for no values and the value itself for one', () => {
    expect(percentile([], 95)).toBe(0);
    expect(percentile([7], 95)).toBe(7);
  });
});

describe('cumulativeLayoutShift', () => {
  it('sums shifts that follow each other within a second', () => {
    expect(cumulativeLayoutShift([{ startTime: 0, value: 0.01 }, { startTime: 500, value: 0.02 }])).toBeCloseTo(0.03);
  });
  it('keeps the worst window when a gap of more than a second splits them', () => {
    const shifts = [{ startTime: 0, value: 0.01 }, { startTime: 2000, value: 0.02 }, { startTime: 2500, value: 0.005 }];
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.025);
  });
  it('closes a window five seconds after it opened, even with no gap', () => {
    const shifts = Array.from({ length: 12 }, (_, i) => ({ startTime: i * 900, value: 0.01 }));
    expect(cumulativeLayoutShift(shifts)).toBeCloseTo(0.06);
  });
  it('is 0 without shifts and does not depend on the order entries arrive in', () => {
    expect(cumulativeLayoutShift([])).toBe(0);
    expect(cumulativeLayoutShift([{ startTime: 500, value: 0.02 }, { startTime: 0, value: 0.01 }])).toBeCloseTo(0.03);
  });
});

describe('longTasksBetween', () => {
  const tasks = [
    { startTime: 100, duration: 80 },
    { startTime: 900, duration: 120 },
    { startTime: 1500, duration: 60 },
    { startTime: 5000, duration: 300 },
  ];
  it('counts tasks over 50 ms that ran inside the window and reports the longest', () => {
    expect(longTasksBetween(tasks, 1000, 2000)).toEqual({ count: 2, maxMs: 120 });
  });
  it('leaves out tasks of exactly 50 ms and tasks wholly outside the window', () => {
    expect(longTasksBetween([{ startTime: 10, duration: 50 }], 0, 100)).toEqual({ count: 0, maxMs: 0 });
    expect(longTasksBetween(tasks, 2000, 4000)).toEqual({ count: 0, maxMs: 0 });
  });
});
