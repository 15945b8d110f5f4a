// A page result for the bench tests, with every budget met unless a test overrides a part.
import type { BrowserMetrics, PageResult } from '../../../../scripts/bench/result.ts';

export function metrics(overrides: Partial<BrowserMetrics> = {}): BrowserMetrics {
  return {
    bytes: { js: { raw: 90_000, gz: 30_720 }, css: { raw: 13_000, gz: 4_096 }, html: { raw: 60_000, gz: 12_288 }, font: { raw: 88_000, gz: 87_040 }, other: { raw: 0, gz: 0 } },
    requests: 14,
    thirdParty: [],
    cls: 0.002,
    loadCls: 0.001,
    lcpMs: 412.4,
    scrollLongTasks: { count: 0, maxMs: 0 },
    loadLongTasks: { count: 0, maxMs: 0 },
    shiftCauses: [],
    scrollLongFrameCauses: [],
    loadLongFrameCauses: [],
    frameP95Ms: 16.8,
    frames: 200,
    scrollPx: 12_000,
    scrollMs: 3400,
    reachedBottom: true,
    steps: { seen: 9, total: 9 },
    problems: [],
    ...overrides,
  };
}

export function result(overrides: Partial<PageResult> = {}): PageResult {
  return {
    page: 'acts/the-split/',
    chapter: true,
    browser: metrics(),
    lighthouse: { scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 }, failed: [] },
    ...overrides,
  };
}
