import { describe, expect, it } from 'vitest';
import { shortfalls } from '../../../../scripts/bench/budget.ts';
import { metrics, result } from './fixtures.ts';

describe('shortfalls', () => {
  it('finds none when every budget is met', () => {
    expect(shortfalls(result())).toEqual([]);
  });
  it('holds a chapter to 40 KB of gzipped JS', () => {
    const heavy = result({ browser: metrics({ bytes: { ...metrics().bytes, js: { raw: 150_000, gz: 41_984 } } }) });
    expect(shortfalls(heavy)).toEqual(['/acts/the-split/: JS 41.0 KB gzipped, budget 40.0 KB per chapter']);
  });
  it('allows no JS at all off the chapters', () => {
    expect(shortfalls(result({ page: 'about/', chapter: false }))).toEqual(['/about/: loads 30.0 KB of JS gzipped, expected none off the chapters']);
  });
  it('flags layout shift of 0.01 or more, long tasks while scrolling, skipped steps and requests off the site', () => {
    const found = shortfalls(result({ browser: metrics({ cls: 0.01, scrollLongTasks: { count: 2, maxMs: 83.4 }, steps: { seen: 7, total: 9 }, thirdParty: ['https://cdn.example/x.js'] }) }));
    expect(found).toEqual([
      '/acts/the-split/: 1 third-party requests: https://cdn.example/x.js',
      '/acts/the-split/: CLS 0.0100 (load 0.0010), budget < 0.01',
      '/acts/the-split/: 2 long tasks while scrolling at 4x CPU slowdown, longest 83 ms (limit 50 ms)',
      '/acts/the-split/: the charts showed 7 of 9 steps during the scroll',
    ]);
  });
  it('counts long tasks while the page loads as well as while it scrolls', () => {
    const browser = metrics({ loadLongTasks: { count: 2, maxMs: 131.2 }, loadLongFrameCauses: [{ what: 'style, layout and paint', ms: 190 }] });
    expect(shortfalls(result({ browser }))).toEqual([
      '/acts/the-split/: 2 long tasks while loading at 4x CPU slowdown, longest 131 ms (limit 50 ms); long frames spent: style, layout and paint 190 ms',
    ]);
  });
  it('names what shifted and what filled the long frames, when Chromium said', () => {
    const browser = metrics({
      cls: 0.02,
      shiftCauses: [{ source: 'p in main#content', value: 0.02 }],
      scrollLongTasks: { count: 1, maxMs: 70 },
      scrollLongFrameCauses: [{ what: 'style, layout and paint', ms: 60 }, { what: 'Fabric.js user-callback', ms: 12 }],
    });
    expect(shortfalls(result({ browser }))).toEqual([
      '/acts/the-split/: CLS 0.0200 (load 0.0010), budget < 0.01; shifted: p in main#content 0.02',
      '/acts/the-split/: 1 long tasks while scrolling at 4x CPU slowdown, longest 70 ms (limit 50 ms); long frames spent: style, layout and paint 60 ms, Fabric.js user-callback 12 ms',
    ]);
  });
  it('names the audits behind a Lighthouse score under 100', () => {
    const lighthouse = {
      scores: { performance: 97, accessibility: 100, 'best-practices': 100, seo: 100 },
      failed: [
        { category: 'performance' as const, id: 'largest-contentful-paint', title: 'LCP', score: 0.93, displayValue: '2.6 s', culprits: [] },
        { category: 'performance' as const, id: 'render-blocking-insight', title: 'Render-blocking', score: 0, culprits: ['mdx.css', 'Base.css'] },
      ],
    };
    expect(shortfalls(result({ lighthouse }))).toEqual([
      '/acts/the-split/: Lighthouse performance 97: largest-contentful-paint (0.93, 2.6 s), render-blocking-insight (0.00, mdx.css + Base.css)',
    ]);
  });
  it('says when a Lighthouse score is the worst of several runs', () => {
    const lighthouse = { scores: { performance: 99, accessibility: 100, 'best-practices': 100, seo: 100 }, failed: [], runs: 3 };
    expect(shortfalls(result({ lighthouse }))).toEqual(['/acts/the-split/: Lighthouse performance 99 (worst of 3 runs)']);
  });
  it('reports a Lighthouse or browser run that failed rather than passing it', () => {
    expect(shortfalls(result({ browser: { error: 'timeout' }, lighthouse: { error: 'no Chrome' } }))).toEqual([
      '/acts/the-split/: browser run failed: timeout',
      '/acts/the-split/: Lighthouse did not run: no Chrome',
    ]);
  });
});
