import { describe, expect, it } from 'vitest';
import { fromXml } from 'xast-util-from-xml';
import { assembleBook, bookDocuments } from '../../../../scripts/epub/assemble.ts';
import { FACTS, GOOD_BODY, fixtureSite } from './fixtureSite.ts';

const build = (site: Map<string, string>) => assembleBook({ facts: FACTS, base: '/', read: (path) => site.get(path), fonts: [] });

describe('assembleBook', () => {
  it('makes the package, the contents, the documents in reading order, and only XML that parses', () => {
    const { files, documents } = build(fixtureSite());
    expect(documents.map((d) => d.href)).toEqual(['cover.xhtml', 'title.xhtml', 'nav.xhtml', 'act-1.xhtml', 'characters.xhtml', 'glossary.xhtml', 'archive.xhtml', 'about.xhtml']);
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
    site.delete('glossary/index.html');
    expect(() => bookDocuments(FACTS, '/', (path) => site.get(path))).toThrow('dist/glossary/index.html: got no file, expected a built page (run astro build first)');
  });
});

describe('the evidence layer in the book', () => {
  const book = () => build(fixtureSite());
  it('turns each glossary note into a noteref and a footnote after its paragraph, with no popover left', () => {
    const act = String(book().files.get('OEBPS/act-1.xhtml'));
    expect(act).toContain('over the <a class="gloss-term" epub:type="noteref" role="doc-noteref" href="#gloss-01-the-split-lace">lace</a> at six.</p>');
    expect(act).toContain(
      '<aside class="gloss-note" id="gloss-01-the-split-lace" epub:type="footnote" role="doc-footnote" aria-label="Glossary: Lace"><p><dfn>Lace</dfn> <span class="gloss-definition">The interface.</span> <a class="gloss-more" href="glossary.xhtml#term-lace">Glossary entry</a></p></aside>',
    );
    expect(act).not.toMatch(/popover|<button/);
  });

  it('fails naming the act and the term when a note has no target', () => {
    expect(() => build(fixtureSite(GOOD_BODY.replace(' popovertarget="gloss-01-the-split-lace"', '')))).toThrow(
      'Act 1: The Split (dist/book/index.html): glossary term "lace": popovertarget: got none, expected the id of its note',
    );
  });

  it('keeps documents, testimony and datelines as XHTML with their ids', () => {
    const act = String(book().files.get('OEBPS/act-1.xhtml'));
    expect(act).toContain('<figure class="document" id="doc-log-1" data-kind="broadcast-log" data-typed="" aria-labelledby="doc-log-1-title"');
    expect(act).toContain('<table><thead><tr><th>time</th><th>entry</th></tr></thead><tbody><tr><td>06:00</td><td>Open.</td></tr></tbody></table>');
    expect(act).toContain('<figure class="testimony" data-realm="glimmers" aria-label="Testimony of Auntie Phan"><blockquote><p>The boy paid rent in dishes.</p></blockquote><figcaption class="figure-caption"><a class="name" href="characters.xhtml#character-auntie-phan">');
    expect(act).toContain('<figcaption id="doc-log-1-caption" class="figure-caption"><span class="kind">Broadcast log</span> </figcaption>');
    expect(act).toContain('<div class="dateline" data-realm="seam"><time datetime="2145-03-02">2 March 2145</time>');
  });

  it('takes the glossary from its page and the archive from its page, the archive linking into the acts', () => {
    const { files, documents } = book();
    expect(String(files.get('OEBPS/glossary.xhtml'))).toContain('<div id="term-lace"><dt><dfn>Lace</dfn></dt><dd>The interface.</dd></div>');
    expect(documents.find((d) => d.href === 'archive.xhtml')?.title).toBe('The archive');
    expect(String(files.get('OEBPS/archive.xhtml'))).toContain('<a href="act-1.xhtml#doc-log-1">Morning log</a>');
    expect(String(files.get('OEBPS/about.xhtml'))).toContain('<a href="glossary.xhtml">glossary</a>');
  });

  it('lists witnesses with the people, their ids prefixed', () => {
    const people = String(book().files.get('OEBPS/characters.xhtml'));
    expect(people).toContain('<section class="character" id="character-auntie-phan" aria-label="Auntie Phan"><h2>Auntie Phan</h2><p id="auntie-phan-role">');
  });

  it("carries the site's SVG images into the book under their own path", () => {
    const { files } = book();
    expect(String(files.get('OEBPS/about.xhtml'))).toContain('<img class="cover-thumb" src="covers/the-split.svg" width="1200" height="630" alt="" />');
    expect(new TextDecoder().decode(files.get('OEBPS/covers/the-split.svg') as Uint8Array)).toContain('<style>.k{stroke:#4a55c9}@media (prefers-color-scheme:dark){.k{stroke:#9ea8ff}}</style>');
    expect(String(files.get('OEBPS/content.opf'))).toContain('href="covers/the-split.svg" media-type="image/svg+xml"');
    const site = fixtureSite();
    site.delete('covers/the-split.svg');
    expect(() => build(site)).toThrow('About this documentary (about.xhtml): <img src="/covers/the-split.svg">: got no file dist/covers/the-split.svg, expected the image the page shows');
  });

  it("draws the last act's art on the cover in its dark colours, or the typographic bands without it", () => {
    const cover = new TextDecoder().decode(book().files.get('OEBPS/cover.svg') as Uint8Array);
    expect(cover).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6" x="0" y="1380" width="1600" height="840"><style>.k{stroke:#9ea8ff}</style><path class="k" d="M0 1h12" /></svg>');
    const site = fixtureSite();
    site.delete('covers/the-split.svg');
    site.set('about/index.html', String(site.get('about/index.html')).replace(/<ol class="cover-strip">.*<\/ol>/, ''));
    const plain = new TextDecoder().decode(build(site).files.get('OEBPS/cover.svg') as Uint8Array);
    expect(plain).not.toContain('<style>');
    expect(plain).toContain('fill="#f29a55"');
  });
});
