import { describe, expect, it } from 'vitest';
import { growthTable } from '../../../../scripts/bench/growth.ts';
import type { BuildRun } from '../../../../scripts/bench/buildRun.ts';

const run = (scale: number): BuildRun => ({
  buildMs: 4000 * scale,
  pdfColdMs: 10_000 * scale,
  pdfWarmMs: 500,
  pdfPages: 120 * scale,
  largestPage: { path: 'book/index.html', bytes: 400 * 1024 * scale, gzBytes: 60 * 1024 * scale },
});

describe('growthTable', () => {
  it('prints each figure for both stories and the ratio between them', () => {
    const lines = growthTable(run(1), run(3), 4).split('\n');
    expect(lines[0]).toMatch(/^story\s+ours\s+x4\s+growth$/);
    expect(lines[1]).toMatch(/^build \(site\)\s+4\.0 s\s+12\.0 s x3\.00$/);
    expect(lines[3]).toMatch(/^PDFs\+e-book, warm\s+0\.5 s\s+0\.5 s x1\.00$/);
    expect(lines[4]).toMatch(/^PDF pages\s+120\s+360 x3\.00$/);
    expect(lines[5]).toMatch(/^largest page\s+400 KB\s+1\.2 MB x3\.00$/);
  });
});
