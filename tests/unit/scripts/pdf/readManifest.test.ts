import { describe, expect, it } from 'vitest';
import { readManifest } from '../../../../scripts/pdf/readManifest.ts';
import { pdfManifest } from '../../../../src/site/pdfManifest.ts';

const FILE = 'dist/pdf/editions.json';
const good = pdfManifest('The Neural Fabric', [{ act: 1, slug: 'the-split', title: 'The Split', summary: 'One.' }]);
const withChapter = (change: Record<string, unknown>) => JSON.stringify({ ...good, chapters: [{ ...good.chapters[0], ...change }] });

describe('readManifest', () => {
  it('reads back what the build wrote', () => {
    expect(readManifest(JSON.stringify(good), FILE)).toEqual(good);
  });

  it('refuses text that is not JSON, naming the file', () => {
    expect(() => readManifest('<html>', FILE)).toThrow(/^dist\/pdf\/editions.json: got text that is not valid JSON .*expected the manifest the build writes/);
  });

  it('refuses a page path that could leave the site', () => {
    expect(() => readManifest(withChapter({ page: '../secret/' }), FILE)).toThrow('dist/pdf/editions.json: chapters[0].page: expected a page path relative to the base, such as "acts/the-split/", got "../secret/"');
    expect(() => readManifest(withChapter({ page: '/acts/x/' }), FILE)).toThrow('chapters[0].page');
  });

  it('refuses a PDF name with a separator in it', () => {
    expect(() => readManifest(withChapter({ pdf: 'x/../../index' }), FILE)).toThrow('dist/pdf/editions.json: chapters[0].pdf: expected a file name of lower-case letters, digits and hyphens, got "x/../../index"');
  });

  it('names a missing field and a wrong act number', () => {
    expect(() => readManifest(withChapter({ title: undefined }), FILE)).toThrow('dist/pdf/editions.json: chapters[0].title: expected a non-empty string, got nothing');
    expect(() => readManifest(withChapter({ act: '1' }), FILE)).toThrow('chapters[0].act: expected a whole number from 1, got "1"');
    expect(() => readManifest(JSON.stringify({ ...good, chapters: [] }), FILE)).toThrow('chapters: expected a list of at least one chapter, got []');
  });
});
