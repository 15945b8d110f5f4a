import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { assembleBook, bookDocuments } from '../../../../scripts/epub/assemble.ts';
import { FACTS, GOOD_BODY, fixtureSite } from './fixtureSite.ts';

const build = (site: Map<string, string>) => assembleBook({ facts: FACTS, base: '/', read: (path) => site.get(path), fonts: [] });

describe('assembleBook', () => {
  it('makes the package, the contents, the documents in reading order, and only XML that parses', () => {
    const { files, documents } = build(fixtureSite());
    expect(documents.map((d) => d.href)).toEqual(['cover.xhtml', 'title.xhtml', 'nav.xhtml', 'act-1.xhtml', 'characters.xhtml', 'glossary.xhtml', 'about.xhtml']);
    const text = (data: Uint8Array | string) => (typeof data === 'string' ? data : new TextDecoder().decode(data));
    for (const [path, data] of files) if (/\.(xhtml|opf|xml|svg)$/.test(path)) expect(() => fromXml(text(data)), path).not.toThrow();
  });

  it('keeps each step followed by its figure, with number, caption and description as text', () => {
    const act = String(build(fixtureSite()).files.get('OEBPS/act-1.xhtml'));
    expect(act).toMatch(/<p>Step text.<\/p><\/div><figure class="print-figure" data-chart="divide">/);
    expect(act).toContain('<figcaption id="t1" class="figure-caption"><span class="figure-number">Figure 1.1.</span> A caption</figcaption>');
    expect(act).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" role="img" aria-labelledby="t1" aria-describedby="d1">');
    expect(act).toContain('<p id="d1" class="figure-description">The description.</p>');
    expect(act).not.toMatch(/svelte-|data-astro|<!--/);
  });

  it('points site links into the book, and pages it does not carry to the site online', () => {
    const act = String(build(fixtureSite()).files.get('OEBPS/act-1.xhtml'));
    expect(act).toContain('href="characters.xhtml#character-elias-tran"');
    expect(act).toContain('href="glossary.xhtml#term-lace"');
    expect(act).toContain('href="#divide-a1-x"');
    expect(act).toContain('href="https://example.org/book/"');
    expect(act).toContain('href="https://example.com/x"');
    expect(String(build(fixtureSite()).files.get('OEBPS/about.xhtml'))).toContain('href="act-1.xhtml"');
  });

  it("gives each person's ids a prefix, so people share one document without clashes", () => {
    const people = String(build(fixtureSite()).files.get('OEBPS/characters.xhtml'));
    expect(people).toContain('<section class="character" id="character-elias-tran" aria-label="Elias Tran"><h2>Elias Tran</h2>');
    expect(people).toContain('<figure class="chart" data-chart="arcs" aria-labelledby="elias-tran-s-title">');
    expect(people).toContain('<table>');
    expect(people).not.toMatch(/<details|<summary|tabindex/);
  });

  it('fails naming the chapter and the element when a chapter holds markup XHTML cannot carry', () => {
    const island = GOOD_BODY.replace('<p>Step text.</p>', '<p>Step text.</p><astro-island uid="1"></astro-island>');
    expect(() => build(fixtureSite(island))).toThrow(
      'Act 1: The Split (dist/book/index.html): element <astro-island> inside section.scrolly.book > div.scrolly-steps > div#divide-a1-x > div.step-card: got an element that cannot be turned into XHTML for the e-book, expected static HTML or SVG (a custom element or island needs JavaScript)',
    );
    expect(() => build(fixtureSite(GOOD_BODY.replace('<p>Step text.</p>', '<p>Step <script>alert(1)</script></p>')))).toThrow(/^Act 1: The Split \(dist\/book\/index.html\): element <script> inside/);
    expect(() => build(fixtureSite(GOOD_BODY.replace('<p>Step text.</p>', '<p onclick="go()">Step</p>')))).toThrow(/element <p> inside .*: attribute "onClick": got an event handler, expected no JavaScript/);
  });

  it('names the page when the built site lacks one', () => {
    const site = fixtureSite();
    site.delete('about/index.html');
    expect(() => bookDocuments(FACTS, '/', (path) => site.get(path))).toThrow('dist/about/index.html: got no file, expected a built page (run astro build first)');
  });
});
