// Arrows run one way: content -> story -> viz -> components and pages. Each folder of src/ may
// import only from the layers below it; this reads every import in src/ and names any that
// points the wrong way.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SOURCE = /\.(ts|astro|svelte)$/;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : SOURCE.test(e.name) ? [join(dir, e.name)] : []));

/** The top folder of src/ a file belongs to ("story", "viz"...). */
const layerOf = (file: string) => relative('src', file).split('/')[0] ?? '';

/** What each layer may import from src/ (its own folder always). */
const ALLOWED: Record<string, string[]> = {
  lib: [],
  styles: [],
  schemas: ['story'],
  story: ['lib', 'schemas'],
  site: ['lib'],
  scrolly: ['lib', 'styles'],
  viz: ['lib', 'story', 'scrolly', 'schemas'],
  // Build-time outputs drawn from the story and the charts: preview cards, the feed's chapters.
  publish: ['lib', 'schemas', 'story', 'site', 'viz'],
};

const imports = files('src').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.{1,2}\/[^'"]+)['"]|import\s+['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => {
    const target = relative(process.cwd(), resolve(dirname(file), m[1] ?? m[2] ?? ''));
    return { file, from: layerOf(file), to: target.startsWith('src/') ? layerOf(target) : '(outside src)' };
  }),
);

describe('the layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(imports.filter((i) => i.from === 'story' && i.to === 'schemas').length).toBeGreaterThan(0);
    expect(imports.filter((i) => i.from === 'viz' && i.to === 'story').length).toBeGreaterThan(0);
  });
  it('import only from the layers below them', () => {
    const wrong = imports
      .filter(({ from, to }) => from in ALLOWED && to !== from && !ALLOWED[from]?.includes(to))
      .map(({ file, to }) => `${file} imports from src/${to}`);
    expect(wrong).toEqual([]);
  });
  it('keep the story free of charts, pages and the browser', () => {
    const story = imports.filter((i) => i.from === 'story').map((i) => i.to);
    expect(story.filter((to) => ['viz', 'components', 'pages', 'layouts', 'scrolly', 'site'].includes(to))).toEqual([]);
  });
});
