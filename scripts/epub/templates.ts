// Every fixed piece of the e-book's markup in one place: the XHTML page frame, the cover, the
// title page, the contents (navigation document) and the download link. Built as trees (hast
// for XHTML and SVG), never as strings; serialising is xhtml.ts's job.
import { h, s } from 'hastscript';
import type { Element, Root } from 'hast';
import type { BookDocument, BookFacts } from './book.ts';

export const STYLESHEET_HREF = 'style/book.css';
export const COVER_IMAGE_HREF = 'cover.svg';

/** A whole XHTML content document around a body. */
export function xhtmlPage(facts: Pick<BookFacts, 'language'>, title: string, body: Element[], bodyType?: string): Root {
  return h(null, [
    h('html', { lang: facts.language, 'xml:lang': facts.language, 'xmlns:epub': 'http://www.idpf.org/2007/ops' }, [
      h('head', [h('meta', { charSet: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', href: STYLESHEET_HREF })]),
      h('body', bodyType ? { 'epub:type': bodyType } : {}, body),
    ]),
  ]);
}

/** The cover, 1600 x 2400 (2:3, the ratio most stores ask for): the title over the art of an act
 *  (`art`, a 1200 x 630 SVG drawn across the lower part), or over two bands when there is none. */
export function coverImage(facts: Pick<BookFacts, 'title' | 'description'>, art?: Element): Root {
  const [first, ...rest] = facts.title.split(' ');
  const lines = [first ?? '', rest.slice(0, -1).join(' '), rest.at(-1) ?? ''].filter(Boolean);
  const serif = "'Source Serif 4', Georgia, serif";
  const sans = "Inter, 'Helvetica Neue', Arial, sans-serif";
  return h(null, [
    s('svg', { xmlns: 'http://www.w3.org/2000/svg', viewBox: '0 0 1600 2400', width: 1600, height: 2400, role: 'img', 'aria-labelledby': 'cover-title' }, [
      s('title', { id: 'cover-title' }, `${facts.title}: an interactive documentary in five acts`),
      s('rect', { width: 1600, height: 2400, fill: '#121318' }),
      // Two bands that meet: the realms, dark above and light below, drawn in lightness so a
      // greyscale screen keeps them apart.
      ...(art
        ? [s('svg', { ...(art.properties as Record<string, string>), x: 0, y: 1380, width: 1600, height: 840 }, art.children)]
        : [
            s('path', { d: 'M0,1500 C400,1380 1200,1620 1600,1500 L1600,2400 L0,2400 Z', fill: '#f29a55' }),
            s('path', { d: 'M0,1560 C400,1460 1200,1700 1600,1580', fill: 'none', stroke: '#fbf9f5', 'stroke-width': 10 }),
          ]),
      s('text', { x: 140, y: 360, fill: '#b9b7c4', 'font-family': sans, 'font-size': 56, 'letter-spacing': 8 }, 'AN INTERACTIVE DOCUMENTARY'),
      ...lines.map((line, i) => s('text', { x: 130, y: 700 + i * 250, fill: '#fbf9f5', 'font-family': serif, 'font-size': 240, 'font-weight': 600 }, line)),
      s('text', { x: 140, y: art ? 2330 : 2250, fill: art ? '#fbf9f5' : '#121318', 'font-family': sans, 'font-size': 60, 'font-weight': 700 }, 'In five acts · 2145–2147'),
    ]),
  ]);
}

export function coverBody(facts: Pick<BookFacts, 'title'>): Element[] {
  return [h('section', { 'epub:type': 'cover', class: 'cover' }, [h('img', { src: COVER_IMAGE_HREF, alt: `${facts.title}: cover` })])];
}

export function titlePageBody(facts: BookFacts, edition: string): Element[] {
  return [
    h('section', { 'epub:type': 'titlepage', class: 'title-page' }, [
      h('p', { class: 'kicker' }, 'An interactive documentary in five acts'),
      h('h1', { class: 'book-title' }, facts.title),
      h('p', { class: 'dek' }, facts.description),
      h('p', { class: 'meta' }, [`${edition} The interactive edition, with charts that move as you read, is online at `, h('a', { href: facts.siteUrl }, facts.siteUrl), '.']),
    ]),
  ];
}

/** The navigation document: the contents (acts with their scenes, then the back matter) and
 *  the landmarks a reading system offers as "go to". */
export function navBody(ordered: readonly BookDocument[]): Element[] {
  const listed = ordered.filter((d) => d.role !== 'cover' && d.role !== 'toc');
  const entry = (d: BookDocument) =>
    h('li', [h('a', { href: d.href }, d.title), ...(d.sections.length ? [h('ol', d.sections.map((sec) => h('li', [h('a', { href: `${d.href}#${sec.id}` }, sec.title)])))] : [])]);
  const landmark = (role: string, label: string, d: BookDocument | undefined) => (d ? [h('li', [h('a', { 'epub:type': role, href: d.href }, label)])] : []);
  const find = (role: BookDocument['role']) => ordered.find((d) => d.role === role);
  return [
    h('nav', { 'epub:type': 'toc', id: 'toc', 'aria-labelledby': 'toc-title' }, [h('h1', { id: 'toc-title' }, 'Contents'), h('ol', listed.map(entry))]),
    h('nav', { 'epub:type': 'landmarks', id: 'landmarks', 'aria-labelledby': 'landmarks-title', hidden: true }, [
      h('h2', { id: 'landmarks-title' }, 'Landmarks'),
      h('ol', [
        ...landmark('cover', 'Cover', find('cover')),
        ...landmark('titlepage', 'Title page', find('titlepage')),
        ...landmark('toc', 'Contents', find('toc')),
        ...landmark('bodymatter', 'The story', find('chapter')),
        ...landmark('glossary', 'Glossary', find('glossary')),
      ]),
    ]),
  ];
}

/** The site's link to the e-book, put where a page carries the e-book slot. */
export function downloadLink(href: string, bytes: number, formatSize: (bytes: number) => string): string {
  return `<p class="ebook-download"><a href="${href}" download>Download the e-book (EPUB, ${formatSize(bytes)})</a> <span class="meta">for e-readers and reading apps: all five acts with every figure</span></p>`;
}
