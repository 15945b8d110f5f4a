// Puts the e-book together from the built site: its documents, nav, package document, stylesheet,
// fonts and cover, as the files of the container (path -> bytes or text). No file system access:
// pages and fonts come through the functions it is given, so tests can hand it fixtures.
import type { Element } from 'hast';
import type { BookDocument, BookFacts, BookResource } from './book.ts';
import { aboutDocument, archiveDocument, chapterDocuments, charactersDocument, glossaryDocument, type ReadPage } from './siteSource.ts';
import { pointLinksIntoBook } from './bookLinks.ts';
import { containerDocument, NAV_HREF, packageDocument, spineOrder } from './packageDocument.ts';
import { coverBody, coverImage, COVER_IMAGE_HREF, navBody, STYLESHEET_HREF, titlePageBody, xhtmlPage } from './templates.ts';
import { stylesheet, type FontFace } from './stylesheet.ts';
import { svgText, xhtmlText, xmlText } from './xhtml.ts';
import { selectAll } from 'hast-util-select';
import { carryImages } from './bookImages.ts';
import { coverArt } from './coverArt.ts';

export const OPF_PATH = 'OEBPS/content.opf';

export interface FontFile extends FontFace {
  data: Uint8Array;
}

export interface AssembleInput {
  facts: BookFacts;
  /** The site's base path, as in its links. */
  base: string;
  read: ReadPage;
  fonts: readonly FontFile[];
}

export interface AssembledBook {
  files: Map<string, Uint8Array | string>;
  /** Documents in reading order. */
  documents: BookDocument[];
  figures: number;
}

export function bookDocuments(facts: BookFacts, base: string, read: ReadPage): BookDocument[] {
  const documents = [
    { href: 'cover.xhtml', role: 'cover', title: 'Cover', body: coverBody(facts), sections: [] },
    { href: 'title.xhtml', role: 'titlepage', title: facts.title, body: titlePageBody(facts, 'The e-book edition: the complete text, with every figure.'), sections: [] },
    ...chapterDocuments(read),
    charactersDocument(read),
    glossaryDocument(read),
    ...[archiveDocument(read)].filter((d) => d !== undefined),
    aboutDocument(read),
  ] satisfies BookDocument[];
  const ordered = spineOrder(documents);
  // Links first: the contents that follow link to the book's own files, never to the site.
  pointLinksIntoBook(ordered, { base, siteUrl: facts.siteUrl });
  ordered.splice(ordered.findIndex((d) => d.role === 'chapter'), 0, { href: NAV_HREF, role: 'toc', title: 'Contents', body: navBody(ordered), sections: [] });
  return ordered;
}

export function assembleBook({ facts, base, read, fonts }: AssembleInput): AssembledBook {
  const documents = bookDocuments(facts, base, read);
  const images = carryImages(documents, base, read);
  // The cover shows the art of the last act, where the fabric is rewoven, when the site drew it.
  const lastAct = documents.filter((d) => d.role === 'chapter').at(-1);
  const art = lastAct?.slug ? coverArt(read, lastAct.slug) : undefined;
  const files = new Map<string, Uint8Array | string>();
  files.set('META-INF/container.xml', xmlText(containerDocument(OPF_PATH), 'META-INF/container.xml'));

  const withSvg = new Set<string>();
  let figures = 0;
  for (const doc of documents) {
    const svgs = doc.body.flatMap((node: Element) => selectAll('svg', node));
    if (svgs.length) withSvg.add(doc.href);
    figures += doc.body.flatMap((node: Element) => selectAll('figure', node)).length;
    const bodyType = doc.role === 'chapter' ? 'bodymatter' : doc.role === 'cover' || doc.role === 'titlepage' || doc.role === 'toc' ? 'frontmatter' : 'backmatter';
    files.set(`OEBPS/${doc.href}`, xhtmlText(xhtmlPage(facts, doc.title, doc.body, bodyType), `${doc.title} (${doc.href})`));
  }

  const fontResources: BookResource[] = fonts.map((font) => ({ href: font.src, mediaType: 'font/woff2', data: font.data }));
  const css = stylesheet(fonts.map((font) => ({ ...font, src: font.src.replace(/^/, '../') })));
  const resources: BookResource[] = [
    { href: COVER_IMAGE_HREF, mediaType: 'image/svg+xml', data: new TextEncoder().encode(svgText(coverImage(facts, art), COVER_IMAGE_HREF)), properties: 'cover-image' },
    { href: STYLESHEET_HREF, mediaType: 'text/css', data: new TextEncoder().encode(css) },
    ...fontResources,
    ...images,
  ];
  for (const resource of resources) files.set(`OEBPS/${resource.href}`, resource.data);
  files.set(OPF_PATH, xmlText(packageDocument({ facts, documents, resources, withSvg }), OPF_PATH));
  return { files, documents, figures };
}
