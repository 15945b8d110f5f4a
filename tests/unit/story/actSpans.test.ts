import { describe, expect, it } from 'vitest';
import { actSpans } from '../../../src/story/actSpans.ts';

describe('actSpans', () => {
  const scenes = [
    { act: 1, date: '2145-03-02' },
    { act: 1, date: '2145-04-10' },
    { act: 2, date: '2145-06-14' },
    { act: 2, date: '2145-07-05' },
    { act: 3, date: '2146-02-28' },
  ];
  it('runs each act from its first scene to the day before the next act begins', () => {
    expect(actSpans(scenes).slice(0, 2)).toEqual([
      { act: 1, from: '2145-03-02', to: '2145-06-13' },
      { act: 2, from: '2145-06-14', to: '2146-02-27' },
    ]);
  });
  it('runs the last act to a year after its last scene, across a leap day', () => {
    expect(actSpans(scenes)[2]).toEqual({ act: 3, from: '2146-02-28', to: '2147-02-28' });
    expect(actSpans([{ act: 5, date: '2148-02-29' }])[0]?.to).toBe('2149-03-01');
  });
  it('takes the earliest and latest dates whatever the order of the scenes', () => {
    const shuffled = [{ act: 2, date: '2145-09-01' }, { act: 1, date: '2145-05-01' }, { act: 2, date: '2145-06-01' }, { act: 1, date: '2145-03-01' }];
    expect(actSpans(shuffled)).toEqual([
      { act: 1, from: '2145-03-01', to: '2145-05-31' },
      { act: 2, from: '2145-06-01', to: '2146-09-01' },
    ]);
  });
});
