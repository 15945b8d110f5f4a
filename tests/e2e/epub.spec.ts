// The e-book built with the site (dist/ebook/), opened as a reading system would: epubcheck's
// verdict, the container, every XHTML file as XML, the spine against the acts, the figures, the
// links inside the book, and the download links on the site's pages.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { fromXml } from 'xast-util-from-xml';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { actPaths } from './support/pages.ts';

const FILE = 'dist/ebook/the-neural-fabric.epub';
/** Debian's epubcheck (package "epubcheck", installed by .ci/run when missing). */
const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';

const files = existsSync(FILE) ? unzipSync(new Uint8Array(readFileSync(FILE))) : {};
const text = (path: string) => new TextDecoder().decode(files[path]);
const xhtmlPaths = Object.keys(files).filter((p) => p.endsWith('.xhtml'));
const opf = () => text('OEBPS/content.opf');
/** Spine documents in reading order. */
const spine = () => [...opf().matchAll(/<itemref idref="([^"]+)"/g)].map((m) => new RegExp(`<item id="${m[1]}" href="([^"]+)"`).exec(opf())?.[1] as string);

test('epubcheck finds no error and no warning in the e-book', () => {
  test.setTimeout(180_000);
  expect(existsSync(EPUBCHECK_JAR), `${EPUBCHECK_JAR}: install Debian's epubcheck (apt-get install epubcheck)`).toBe(true);
  const run = spawnSync('java', ['-jar', EPUBCHECK_JAR, FILE], { encoding: 'utf8' });
  const report = `${run.stdout}\n${run.stderr}`;
  expect(report, report).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  expect(run.status, report).toBe(0);
});

test('the container opens with the mimetype first and every XHTML file parses as XML', () => {
  expect(Object.keys(files)[0]).toBe('mimetype');
  expect(text('mimetype')).toBe('application/epub+zip');
  expect(text('META-INF/container.xml')).toContain('full-path="OEBPS/content.opf"');
  expect(xhtmlPaths.length).toBeGreaterThanOrEqual(actPaths.length + 5);
  for (const path of [...xhtmlPaths, 'OEBPS/content.opf', 'OEBPS/cover.svg']) expect(() => fromXml(text(path)), path).not.toThrow();
  expect(Object.keys(files).filter((p) => /\.js$/.test(p) || text(p).includes('<script'))).toEqual([]);
});

test('the spine reads cover, title, contents, the five acts in order, then people, glossary, archive and about', () => {
  const acts = actPaths.map((_, i) => `act-${i + 1}.xhtml`);
  expect(spine()).toEqual(['cover.xhtml', 'title.xhtml', 'nav.xhtml', ...acts, 'characters.xhtml', 'glossary.xhtml', 'archive.xhtml', 'about.xhtml']);
  // Each act document is the act the site numbers so, with the title its page has.
  for (const [i, path] of actPaths.entries()) {
    const page = readFileSync(`dist/${path}index.html`, 'utf8');
    const title = toString(select('h1', fromHtml(page)) ?? fromHtml('')).trim();
    expect(toString(select('h1', fromHtml(text(`OEBPS/act-${i + 1}.xhtml`))) ?? fromHtml('')).trim()).toBe(title);
  }
});

test('every chart figure in the book has a caption and a description as text', () => {
  let figures = 0;
  for (const path of xhtmlPaths) {
    // Charts: the scroll sections' figures and the people's arcs (documents and testimony are
    // figures of text, checked in the evidence test below).
    for (const figure of selectAll('figure[data-chart]', fromHtml(text(path)))) {
      figures += 1;
      const caption = select('figcaption', figure);
      const description = select('p', figure);
      expect(caption && toString(caption).trim().length, `${path}: a figure without caption`).toBeGreaterThan(5);
      expect(description && toString(description).trim().length, `${path}: ${caption ? toString(caption) : ''} without description`).toBeGreaterThan(40);
      expect(select('svg[role=img][aria-labelledby]', figure), `${path}: ${caption ? toString(caption) : ''} has a labelled image`).not.toBeNull();
    }
  }
  // Every step of every chapter page has its figure in the book, numbered as on the site.
  const siteFigures = actPaths.flatMap((path) => [...readFileSync(`dist/${path}index.html`, 'utf8').matchAll(/figure-number">(Figure [\d.]+)/g)].map((m) => m[1]));
  const bookFigures = xhtmlPaths.flatMap((path) => [...text(path).matchAll(/figure-number">(Figure [\d.]+)/g)].map((m) => m[1]));
  expect(bookFigures).toEqual(siteFigures);
  expect(figures).toBeGreaterThan(siteFigures.length);
});

test('every link inside the book resolves to a file and, with a fragment, to an id in it', () => {
  const ids = new Map(xhtmlPaths.map((path) => [path.replace('OEBPS/', ''), new Set(selectAll('[id]', fromHtml(text(path))).map((el) => String(el.properties['id'])))]));
  const broken: string[] = [];
  let internal = 0;
  for (const path of xhtmlPaths) {
    const own = path.replace('OEBPS/', '');
    for (const link of selectAll('a[href], link[href], img[src]', fromHtml(text(path)))) {
      const href = String(link.properties['href'] ?? link.properties['src']);
      if (/^https?:/.test(href)) continue;
      internal += 1;
      const [file, fragment] = href.split('#') as [string, string | undefined];
      const target = file === '' ? own : file;
      if (!(`OEBPS/${target}` in files)) broken.push(`${own}: ${href} (no file)`);
      else if (fragment && !ids.get(target)?.has(fragment)) broken.push(`${own}: ${href} (no id)`);
    }
  }
  expect(broken).toEqual([]);
  expect(internal).toBeGreaterThan(50);
});

for (const path of ['', 'about/', actPaths[0] as string, actPaths.at(-1) as string]) {
  test(`/${path} links to the e-book, saying it is an EPUB and its size`, async ({ page, request }) => {
    await page.goto(path);
    const link = page.locator('.ebook-download a');
    await expect(link).toHaveCount(1);
    const size = statSync(FILE).size;
    const shown = size >= 1024 * 1024 ? `${(size / 1024 / 1024).toFixed(1)} MB` : `${Math.round(size / 1024)} KB`;
    await expect(link).toHaveText(`Download the e-book (EPUB, ${shown})`);
    const response = await request.get((await link.getAttribute('href')) as string);
    expect(response.status()).toBe(200);
    expect((await response.body()).length).toBe(size);
  });
}

test('the evidence layer reads in the book: archive, glossary from its page, notes as footnotes, witnesses', () => {
  const archive = fromHtml(text('OEBPS/archive.xhtml'));
  const siteArchive = fromHtml(readFileSync('dist/archive/index.html', 'utf8'));
  const entries = selectAll('ol.archive li a[href]', archive).map((a) => String(a.properties['href']));
  expect(entries.length).toBe(selectAll('ol.archive li a[href*="#doc-"]', siteArchive).length);
  expect(entries.length).toBeGreaterThan(10);
  for (const href of entries) expect(href, 'an archive entry opens its document inside its act').toMatch(/^act-\d\.xhtml#doc-[a-z0-9-]+$/);
  // Every document on the chapter pages is in the book, as a figure with a caption.
  const siteDocs = actPaths.flatMap((path) => selectAll('figure.document[id]', fromHtml(readFileSync(`dist/${path}index.html`, 'utf8'))).map((f) => String(f.properties['id'])));
  const bookDocs = xhtmlPaths.flatMap((path) => selectAll('figure.document[id]', fromHtml(text(path))).map((f) => (select('figcaption', f) ? String(f.properties['id']) : 'no caption')));
  expect(bookDocs).toEqual(siteDocs);

  const glossary = fromHtml(text('OEBPS/glossary.xhtml'));
  const siteTerms = selectAll('dl [id^=term-]', fromHtml(readFileSync('dist/glossary/index.html', 'utf8'))).map((el) => String(el.properties['id']));
  expect(selectAll('dl [id^=term-]', glossary).map((el) => String(el.properties['id']))).toEqual(siteTerms);

  const acts = xhtmlPaths.filter((p) => /act-\d\.xhtml$/.test(p));
  expect(xhtmlPaths.filter((p) => /popover|<button/.test(text(p)))).toEqual([]);
  let notes = 0;
  for (const path of acts) {
    const tree = fromHtml(text(path));
    for (const ref of selectAll('a.gloss-term', tree)) {
      notes += 1;
      expect(ref.properties['epub:type'] ?? ref.properties['epubType'] ?? text(path).includes('epub:type="noteref"')).toBeTruthy();
      const note = select(`aside[id="${String(ref.properties['href']).slice(1)}"]`, tree);
      expect(note, `${path}: ${toString(ref)} has its footnote in the same file`).not.toBeNull();
      expect(text(path)).toContain(`id="${String(ref.properties['href']).slice(1)}" epub:type="footnote"`);
      expect(select('a.gloss-more[href^="glossary.xhtml#term-"]', note!), `${path}: ${toString(ref)} links on to its glossary entry`).not.toBeNull();
    }
  }
  const siteNotes = actPaths.flatMap((path) => selectAll('button.gloss-term', fromHtml(readFileSync(`dist/${path}index.html`, 'utf8'))));
  expect(notes).toBe(siteNotes.length);

  const people = fromHtml(text('OEBPS/characters.xhtml'));
  const sitePeople = selectAll('main .card h3 a', fromHtml(readFileSync('dist/characters/index.html', 'utf8'))).map((a) => String(a.properties['href']).split('/').at(-2));
  expect(selectAll('section.character', people).map((el) => String(el.properties['id']))).toEqual(sitePeople.map((id) => `character-${id}`));
});
