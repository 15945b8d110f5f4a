import { describe, expect, it } from 'vitest';
import { assetReferences, chapterHash } from '../../../../scripts/pdf/chapterHash.ts';

const page = (extra = '') =>
  `<link rel="stylesheet" href="/print/the-split.css"><a href="/acts/dissonance/">next</a><a href="/pdf/x.pdf">pdf</a>` +
  `<style>@font-face{src:url("/_astro/fonts/a1.woff2")}</style><astro-island component-url="/_astro/Divide.B2.js"></astro-island>${extra}`;

function site(files: Record<string, string>) {
  return (path: string) => (path in files ? Buffer.from(files[path] as string) : undefined);
}

const files = {
  'acts/the-split/index.html': page(),
  'print/the-split.css': '@page { @top-left { content: "Act 1" } } .x { background: url(../_astro/grain.png) }',
  '_astro/fonts/a1.woff2': 'font-bytes',
  '_astro/Divide.B2.js': 'island',
  '_astro/grain.png': 'png',
  'acts/dissonance/index.html': 'another chapter',
};
const hashOf = (changes: Record<string, string> = {}, options: unknown = { format: 'A4' }) =>
  chapterHash({ htmlPath: 'acts/the-split/index.html', base: '/', options, read: site({ ...files, ...changes }) });

describe('assetReferences', () => {
  it('lists stylesheets, fonts, scripts and images, not pages, PDFs or other sites', () => {
    expect(assetReferences(page('<img src="https://example.org/a.png">'), 'acts/the-split/index.html', '/')).toEqual(['_astro/Divide.B2.js', '_astro/fonts/a1.woff2', 'print/the-split.css']);
  });
  it('resolves relative references and keeps only those under the base', () => {
    expect(assetReferences('url(../_astro/grain.png) url(/elsewhere/x.css)', 'print/the-split.css', '/')).toEqual(['_astro/grain.png', 'elsewhere/x.css']);
    expect(assetReferences('<link href="/sub/print/a.css"><link href="/other/b.css">', 'index.html', '/sub/')).toEqual(['print/a.css']);
  });
});

describe('chapterHash', () => {
  it('is the same for the same inputs', () => {
    expect(hashOf()).toBe(hashOf());
  });
  it('changes with the page, its stylesheet, an asset the stylesheet pulls in, a font, or the options', () => {
    const first = hashOf();
    expect(hashOf({ 'acts/the-split/index.html': page('<p>new prose</p>') })).not.toBe(first);
    expect(hashOf({ 'print/the-split.css': `${files['print/the-split.css']} p{}` })).not.toBe(first);
    expect(hashOf({ '_astro/grain.png': 'other png' })).not.toBe(first);
    expect(hashOf({ '_astro/fonts/a1.woff2': 'other font' })).not.toBe(first);
    expect(hashOf({}, { format: 'Letter' })).not.toBe(first);
  });
  it('ignores other chapters and the page\'s own download link, which print hides', () => {
    const first = hashOf();
    expect(hashOf({ 'acts/dissonance/index.html': 'rewritten' })).toBe(first);
    const linked = page().replace('<a href="/acts', '<p class="pdf-download"><a href="/pdf/x.pdf" download>Download</a> <span class="meta">A4 · 12 pages · 679 KB</span></p><a href="/acts');
    const slotted = page().replace('<a href="/acts', '<!--pdf:act-1--><a href="/acts');
    expect(hashOf({ 'acts/the-split/index.html': linked })).toBe(hashOf({ 'acts/the-split/index.html': slotted }));
  });
  it('ignores the e-book link the editions step writes after the PDFs, so a rebuild of the same pages finds its PDFs', () => {
    const slotted = page().replace('<a href="/acts', '<!--epub--><a href="/acts');
    const linked = page().replace('<a href="/acts', '<!--epub--><p class="ebook-download"><a href="/ebook/x.epub" download>Download the e-book (EPUB, 1.2 MB)</a></p><!--/epub--><a href="/acts');
    expect(hashOf({ 'acts/the-split/index.html': linked })).toBe(hashOf({ 'acts/the-split/index.html': slotted }));
    expect(hashOf({ 'acts/the-split/index.html': slotted.replace('<!--epub-->', '<p>new text</p>') })).not.toBe(hashOf({ 'acts/the-split/index.html': slotted }));
  });
  it('refuses a page that is not there, naming it', () => {
    expect(() => chapterHash({ htmlPath: 'acts/gone/index.html', base: '/', options: {}, read: () => undefined })).toThrow('acts/gone/index.html: not found');
  });
});
