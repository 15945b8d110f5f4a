import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PdfCache } from '../../../../scripts/pdf/pdfCache.ts';

const folders: string[] = [];
const folder = () => {
  const made = mkdtempSync(join(tmpdir(), 'nf-pdf-cache-'));
  folders.push(made);
  return made;
};
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

describe('PdfCache', () => {
  it('restores a stored PDF into a fresh dist/ with its page count', () => {
    const cache = new PdfCache(join(folder(), 'cache'));
    const dist = folder();
    expect(cache.restore('abc', join(dist, 'a.pdf'))).toBeUndefined();
    cache.store('abc', Buffer.from('%PDF-1.7 pages'), 12);
    expect(cache.restore('abc', join(dist, 'a.pdf'))).toEqual({ pages: 12, bytes: 14 });
    expect(readFileSync(join(dist, 'a.pdf'), 'utf8')).toBe('%PDF-1.7 pages');
  });
  it('without a folder it stores nothing and always misses', () => {
    const cache = new PdfCache(undefined);
    const dist = folder();
    cache.store('abc', Buffer.from('x'), 1);
    expect(cache.restore('abc', join(dist, 'a.pdf'))).toBeUndefined();
    expect(existsSync(join(dist, 'a.pdf'))).toBe(false);
  });
  it('prunes the least recently used entries', () => {
    const dir = join(folder(), 'cache');
    const cache = new PdfCache(dir);
    ['old', 'mid', 'new'].forEach((hash, i) => {
      cache.store(hash, Buffer.from(hash), 1);
      const when = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(join(dir, `${hash}.json`), when, when);
    });
    cache.prune(2);
    expect(readdirSync(dir).sort()).toEqual(['mid.json', 'mid.pdf', 'new.json', 'new.pdf']);
  });
});
