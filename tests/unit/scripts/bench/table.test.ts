import { describe, expect, it } from 'vitest';
import { formatTable, lighthouseCell, sizeCell } from '../../../../scripts/bench/table.ts';
import { metrics, result } from './fixtures.ts';

describe('formatTable', () => {
  it('prints a header, a rule and one aligned row per page', () => {
    const loading = metrics({ loadLongTasks: { count: 2, maxMs: 88.4 }, scrollLongTasks: { count: 1, maxMs: 61 } });
    const table = formatTable([result({ browser: loading }), result({ page: '', chapter: false, browser: metrics({ bytes: { ...metrics().bytes, js: { raw: 0, gz: 0 } }, steps: { seen: 0, total: 0 } }) })]);
    const lines = table.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^page\s+JS gz\s+CSS gz\s+HTML gz\s+font gz\s+req\s+3rd\s+CLS\s+LCP ms\s+LT load\s+LT scroll\s+LT max\s+p95 fr\s+LH p\/a\/bp\/seo\s+steps$/);
    expect(lines[1]).toMatch(/^-+( +-+){14}$/);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['/acts/the-split/', '30.0 KB', '4.0 KB', '12.0 KB', '85.0 KB', '14', '0', '0.002', '412', '2', '1', '88', '16.8', '100/100/100/100', '9/9']);
    expect(lines[3]?.split(/\s{2,}/)).toEqual(['/', '0', '4.0 KB', '12.0 KB', '85.0 KB', '14', '0', '0.002', '412', '0', '0', '0', '16.8', '100/100/100/100', '-']);
    expect(new Set(lines.map((line) => line.length)).size).toBe(1);
  });
  it('says when the browser run failed instead of printing numbers', () => {
    expect(formatTable([result({ browser: { error: 'timeout' } })]).split('\n')[2]).toContain('browser run failed');
  });
});

describe('cells', () => {
  it('print kilobytes with one decimal, and 0 plainly', () => {
    expect(sizeCell(40 * 1024)).toBe('40.0 KB');
    expect(sizeCell(0)).toBe('0');
  });
  it('print Lighthouse scores, or why there are none', () => {
    expect(lighthouseCell({ scores: { performance: 98, accessibility: 100, 'best-practices': null, seo: 100 }, failed: [] })).toBe('98/100/-/100');
    expect(lighthouseCell({ error: 'no Chrome' })).toBe('error');
    expect(lighthouseCell({ skipped: true })).toBe('skipped');
  });
});
