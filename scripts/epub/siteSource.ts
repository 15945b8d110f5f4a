// Reads the e-book's documents out of the built site (dist/), parsed as HTML trees: the acts from
// the one-page edition (/book/), whose scroll sections are already each step followed by its
// figure in that step's state, numbered and described; the people (the four, the collectives and
// the witnesses) from their pages; the glossary from /glossary/, the about text from /about/ and
// the documents archive from /archive/ when the site has one. Reading the built
// pages rather than the MDX means the book shows exactly the figures the site and its PDFs show.
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { Element, ElementContent, Root } from 'hast';
import type { BookDocument } from './book.ts';
import { bookMarkup } from './bookMarkup.ts';
import { glossNotesToFootnotes } from './glossNotes.ts';
import { svgUsesForBook } from './svgUses.ts';

/** Reads a built page by its path under dist/, or undefined when the site has no such page. */
export type ReadPage = (path: string) => string | undefined;

function page(read: ReadPage, path: string): Root {
  const html = read(path);
  if (html === undefined) throw new Error(`dist/${path}: got no file, expected a built page (run astro build first)`);
  return fromHtml(html);
}

function need(tree: Root | Element, selector: string, where: string): Element {
  const found = select(selector, tree);
  if (!found) throw new Error(`${where}: got no ${selector}, expected one in the built page`);
  return found;
}

/** Shifts headings down (h1 -> h2 …) so a page's parts sit under one document heading. */
function demote(nodes: ElementContent[], by: number): ElementContent[] {
  return nodes.map((node) => {
    if (node.type !== 'element') return node;
    const level = /^h([1-6])$/.exec(node.tagName);
    const tagName = level ? `h${Math.max(1, Math.min(6, Number(level[1]) + by))}` : node.tagName;
    return { ...node, tagName, children: demote(node.children, by) };
  });
}

function sectionsOf(body: Element[]): BookDocument['sections'] {
  return body
    .flatMap((el) => selectAll('h2[id]', el))
    .map((heading) => ({ id: String(heading.properties['id']), title: toString(heading).trim() }));
}

/** The five acts, from the one-page edition: one document per act, in the page's order. */
export function chapterDocuments(read: ReadPage): BookDocument[] {
  const book = page(read, 'book/index.html');
  // The contents page links each act by its title: that gives the slug of the act's own page.
  const slugOfTitle = new Map<string, string>();
  for (const link of selectAll('li.act-card h3 a[href]', page(read, 'index.html'))) {
    const slug = /\/acts\/([^/]+)\/$/.exec(String(link.properties['href']))?.[1];
    if (slug) slugOfTitle.set(toString(link).trim(), slug);
  }
  return selectAll('article.book-chapter', book).map((article) => {
    const act = Number(article.properties['dataAct']);
    const heading = need(article, 'h1', `dist/book/index.html: act ${act}`);
    const title = toString(heading).trim();
    const name = `Act ${act}: ${title} (dist/book/index.html)`;
    const slug = slugOfTitle.get(title);
    if (!slug) throw new Error(`dist/index.html: contents: got no link to "${title}", expected one to each act of the book`);
    const head = need(article, 'header', name);
    const chapterBody = need(article, '.chapter-body', name);
    const body = [
      h('section', { class: 'chapter', 'epub:type': 'chapter', 'aria-labelledby': `act-${act}-title` }, [
        h('header', { class: 'chapter-head' }, bookMarkup(head.children, name).map((n) => (n.type === 'element' && n.tagName === 'h1' ? { ...n, properties: { ...n.properties, id: `act-${act}-title` } } : n))),
        ...bookMarkup(glossNotesToFootnotes(chapterBody.children, name), name),
      ]),
    ];
    svgUsesForBook(body, name);
    for (const caption of selectAll('figure figcaption', body[0]!)) caption.properties['className'] = [...((caption.properties['className'] as string[] | undefined) ?? []), 'figure-caption'];
    for (const p of selectAll('figure.print-figure > p', body[0]!)) p.properties['className'] = ['figure-description'];
    return { href: `act-${act}.xhtml`, role: 'chapter', title: `Act ${act}: ${title}`, slug, body, sections: sectionsOf(body) };
  });
}

/** The people, in the order of the people page, each from their own page. */
export function charactersDocument(read: ReadPage): BookDocument {
  const index = page(read, 'characters/index.html');
  const ids = selectAll('main .card h3 a', index).map((a) => /\/characters\/([^/]+)\/$/.exec(String(a.properties['href']))?.[1] ?? '');
  const sections = ids.map((id) => {
    const where = `characters/${id}/index.html`;
    const profile = need(page(read, where), 'article.profile', `dist/${where}`);
    const body = bookMarkup(demote(profile.children, 1), `Character ${id} (dist/${where})`) as Element[];
    for (const node of body.flatMap((el) => (el.type === 'element' ? selectAll('[id]', el) : []))) node.properties['id'] = `${id}-${node.properties['id']}`;
    for (const node of body.flatMap((el) => (el.type === 'element' ? selectAll('[ariaLabelledBy], [ariaDescribedBy]', el) : []))) {
      for (const key of ['ariaLabelledBy', 'ariaDescribedBy']) {
        const refs = node.properties[key];
        if (Array.isArray(refs)) node.properties[key] = refs.map((ref) => `${id}-${ref}`);
      }
    }
    for (const p of body.flatMap((el) => (el.type === 'element' ? selectAll('figure > p', el) : []))) p.properties['className'] = ['figure-description'];
    const name = toString(need(profile, 'h1', `dist/${where}`)).trim();
    return { id: `character-${id}`, title: name, node: h('section', { class: 'character', id: `character-${id}`, 'aria-label': name }, body) };
  });
  const body = [h('section', { 'epub:type': 'appendix' }, [h('h1', 'The people'), ...sections.map((s) => s.node)])];
  return { href: 'characters.xhtml', role: 'characters', title: 'The people', body, sections: sections.map(({ id, title }) => ({ id, title })) };
}

/** The about page's text. */
export function aboutDocument(read: ReadPage): BookDocument {
  const content = need(page(read, 'about/index.html'), 'main .page', 'dist/about/index.html');
  const body = [h('section', { id: 'about' }, bookMarkup(content.children, 'About (dist/about/index.html)'))];
  return { href: 'about.xhtml', role: 'about', title: 'About this documentary', body, sections: [] };
}

/** The glossary, from its own page (dist/glossary/index.html): its list of terms, ids kept
 *  (term-…), so the chapters' notes and the site's links to /glossary/#term-… find them. */
export function glossaryDocument(read: ReadPage): BookDocument {
  const where = 'dist/glossary/index.html';
  const content = need(page(read, 'glossary/index.html'), 'main .page', where);
  need(content, 'dl [id^=term-]', where);
  const body = [h('section', { 'epub:type': 'glossary', id: 'glossary' }, bookMarkup(content.children, `Glossary (${where})`))];
  return { href: 'glossary.xhtml', role: 'glossary', title: 'Glossary', body, sections: [] };
}

/** The documents archive, when the site has one (dist/archive/index.html): its main content,
 *  whose entries link to each document inside its act (/acts/<slug>/#doc-<id>). */
export function archiveDocument(read: ReadPage): BookDocument | undefined {
  const where = 'dist/archive/index.html';
  if (read('archive/index.html') === undefined) return undefined;
  const content = need(page(read, 'archive/index.html'), 'main .page', where);
  const body = [h('section', { id: 'archive' }, bookMarkup(content.children, `Archive (${where})`))];
  const title = toString(need(content, 'h1', where)).trim();
  return { href: 'archive.xhtml', role: 'documents', title, body, sections: sectionsOf(body) };
}
