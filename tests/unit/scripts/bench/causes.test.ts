import { describe, expect, it } from 'vitest';
import { longFrameCauses, shiftCauses } from '../../../../scripts/bench/causes.ts';

describe('shiftCauses', () => {
  it('ranks elements by the shift they took part in, counting an element once per shift', () => {
    const shifts = [
      { startTime: 0, value: 0.01, sources: ['p in main', 'p in main', 'h1'] },
      { startTime: 10, value: 0.004, sources: ['h1'] },
      { startTime: 20, value: 0.001, sources: ['footer'] },
    ];
    expect(shiftCauses(shifts)).toEqual([
      { source: 'h1', value: 0.014 },
      { source: 'p in main', value: 0.01 },
      { source: 'footer', value: 0.001 },
    ]);
    expect(shiftCauses(shifts, 1)).toHaveLength(1);
  });
});

describe('longFrameCauses', () => {
  const frame = { startTime: 1000, duration: 100, styleAndLayoutStart: 1060, scripts: [{ duration: 30, invoker: 'FrameRequestCallback', sourceURL: 'http://h/_astro/Fabric.abc.js' }] };
  it('splits long frames in the window into scripts, style-layout-paint and the rest', () => {
    expect(longFrameCauses([frame], 0, 5000)).toEqual([
      { what: 'style, layout and paint', ms: 40 },
      { what: 'Fabric.abc.js FrameRequestCallback', ms: 30 },
      { what: 'other browser work', ms: 30 },
    ]);
  });
  it('adds up the same script over several frames and skips frames of 50 ms or less', () => {
    const short = { ...frame, duration: 50, styleAndLayoutStart: 0 };
    const causes = longFrameCauses([frame, { ...frame, startTime: 2000, styleAndLayoutStart: 0 }, short], 0, 5000);
    expect(causes[0]).toEqual({ what: 'other browser work', ms: 100 });
    expect(causes).toContainEqual({ what: 'Fabric.abc.js FrameRequestCallback', ms: 60 });
  });
  it('names inline scripts by their page and scripts run by URL as an evaluation', () => {
    const scripts = [
      { duration: 70, invoker: 'import.then', sourceURL: 'http://h/acts/the-split/' },
      { duration: 20, invoker: 'http://h/_astro/client.js', sourceURL: 'http://h/_astro/client.js' },
    ];
    expect(longFrameCauses([{ ...frame, styleAndLayoutStart: 0, scripts }], 0, 5000).map((c) => c.what)).toEqual([
      '/acts/the-split/ inline import.then',
      'client.js evaluation',
      'other browser work',
    ]);
  });
  it('ignores frames outside the window', () => {
    expect(longFrameCauses([frame], 2000, 3000)).toEqual([]);
  });
});
