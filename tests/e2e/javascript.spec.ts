import { expect, test } from '@playwright/test';
import { readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { textPages, actPaths } from './support/pages.ts';

// Deterministic budgets over the built files: what each page makes a reader download.
const html = (path: string) => readFileSync(`dist/${path}index.html`, 'utf8');
// JSON-LD blocks are data, never executed: they are not JavaScript a reader downloads.
const scriptsOf = (page: string) => [...page.matchAll(/<script\b(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)];
const moduleUrls = (page: string) => [...page.matchAll(/(?:component-url|renderer-url|src)="([^"]+\.js)"/g)].map((m) => m[1] as string);

function jsBytesGzipped(page: string): number {
  const files = new Set<string>();
  const queue = moduleUrls(page).map((url) => url.replace(/^.*?\/_astro\//, '_astro/'));
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (files.has(file) || !existsSync(`dist/${file}`)) continue;
    files.add(file);
    const source = readFileSync(`dist/${file}`, 'utf8');
    for (const m of source.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([^"']+\.js)["']/g)) queue.push(`_astro/${m[1]}`);
  }
  const inline = scriptsOf(page).map((m) => m[1] ?? '').join('');
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(`dist/${file}`)).length, gzipSync(inline).length);
}

for (const path of textPages) {
  test(`/${path} ships no JavaScript`, () => {
    const page = html(path);
    expect(scriptsOf(page)).toHaveLength(0);
    expect(page).not.toContain('<astro-island');
  });
}

for (const path of actPaths) {
  test(`/${path} ships at most 40 KB of JavaScript, gzipped, all islands together`, () => {
    const bytes = jsBytesGzipped(html(path));
    console.log(`${path}: ${bytes} bytes of JS gzipped`);
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(40 * 1024);
  });
}
