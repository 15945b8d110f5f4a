import { describe, expect, it } from 'vitest';
import { culprits, failedAudits, scoresOf, worstOfRuns, type LighthouseResult } from '../../../../scripts/bench/scores.ts';

const audit = (id: string, score: number | null, scoreDisplayMode = 'binary', displayValue?: string) => ({ id, title: `Title of ${id}`, score, scoreDisplayMode, ...(displayValue ? { displayValue } : {}) });

const lhr: LighthouseResult = {
  categories: {
    performance: { score: 0.97, auditRefs: [{ id: 'largest-contentful-paint', weight: 25 }, { id: 'first-contentful-paint', weight: 10 }, { id: 'diagnostics', weight: 0 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }, { id: 'inspector-issues', weight: 0 }] },
    seo: { score: null, auditRefs: [{ id: 'is-crawlable', weight: 1 }] },
  },
  audits: {
    'largest-contentful-paint': audit('largest-contentful-paint', 0.93, 'numeric', '2.6 s'),
    'first-contentful-paint': audit('first-contentful-paint', 1, 'numeric', '0.9 s'),
    diagnostics: audit('diagnostics', null, 'informative'),
    'color-contrast': audit('color-contrast', 0),
    'errors-in-console': audit('errors-in-console', 0),
    'inspector-issues': audit('inspector-issues', null, 'notApplicable'),
    'is-crawlable': audit('is-crawlable', null, 'error'),
  },
};

describe('scoresOf', () => {
  it('turns category scores into whole numbers out of 100, null when Lighthouse gave none', () => {
    expect(scoresOf(lhr)).toEqual({ performance: 97, accessibility: 100, 'best-practices': 96, seo: null });
  });
});

describe('failedAudits', () => {
  it('lists the audits below 1 in each category short of 100, with their displayed value', () => {
    expect(failedAudits(lhr)).toEqual([
      { category: 'performance', id: 'largest-contentful-paint', title: 'Title of largest-contentful-paint', score: 0.93, displayValue: '2.6 s', culprits: [] },
      { category: 'best-practices', id: 'errors-in-console', title: 'Title of errors-in-console', score: 0, culprits: [] },
      { category: 'seo', id: 'is-crawlable', title: 'Title of is-crawlable', score: null, culprits: [] },
    ]);
  });
  it('ignores failing audits in categories that scored 100', () => {
    expect(failedAudits(lhr).some((a) => a.id === 'color-contrast')).toBe(false);
  });
});

describe('culprits', () => {
  it('names the resources in a details table by file', () => {
    const details = { type: 'table', items: [{ url: 'http://127.0.0.1:4321/_astro/mdx.CLvhHtUw.css', wastedMs: 305 }, { url: 'http://127.0.0.1:4321/_astro/Base.CVP-GMdc.css' }] };
    expect(culprits(details)).toEqual(['mdx.CLvhHtUw.css', 'Base.CVP-GMdc.css']);
  });
  it('names elements by selector, looking into nested lists and skipping text rows and repeats', () => {
    const row = { node: { type: 'node', selector: 'main#main > header.cover > div.prose > p' }, score: 0.16 };
    const details = { type: 'list', items: [{ type: 'table', items: [{ node: { type: 'text', value: 'Total' } }, row, row] }] };
    expect(culprits(details)).toEqual(['main#main > header.cover > div.prose > p']);
  });
  it('names the failed checks of a checklist', () => {
    const details = { type: 'checklist', items: { noRedirects: { label: 'Avoids redirects', value: true }, usesCompression: { label: 'No compression applied', value: false } } };
    expect(culprits(details)).toEqual(['No compression applied']);
  });
  it('gives at most three, and nothing for missing details', () => {
    const details = { items: ['a', 'b', 'c', 'd'].map((f) => ({ url: `http://h/${f}.js` })) };
    expect(culprits(details)).toEqual(['a.js', 'b.js', 'c.js']);
    expect(culprits(undefined)).toEqual([]);
  });
});

describe('worstOfRuns', () => {
  const perfect = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };
  const tbt = (score: number) => ({ category: 'performance' as const, id: 'total-blocking-time', title: 'TBT', score, culprits: [] });
  it('keeps each category at its worst run, and each costly audit at its worst score', () => {
    const outcome = worstOfRuns([
      { scores: perfect, failed: [] },
      { scores: { ...perfect, performance: 97 }, failed: [tbt(0.9)] },
      { scores: { ...perfect, performance: 98, seo: null }, failed: [tbt(0.95)] },
    ]);
    expect(outcome).toEqual({ scores: { ...perfect, performance: 97, seo: null }, failed: [tbt(0.9)], runs: 3 });
  });
  it('is 100 only when every run was', () => {
    expect(worstOfRuns([{ scores: perfect, failed: [] }, { scores: perfect, failed: [] }])).toEqual({ scores: perfect, failed: [], runs: 2 });
  });
  it('turns any run that failed into an error, never a pass', () => {
    expect(worstOfRuns([{ scores: perfect, failed: [] }, { error: 'no result after 120 s' }])).toEqual({ error: 'no result after 120 s (1 of 2 runs)' });
    expect(worstOfRuns([])).toEqual({ error: 'no run' });
  });
});
