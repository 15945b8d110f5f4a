// The package document (content.opf): metadata with EPUB Accessibility 1.1 properties, the
// manifest and the spine. Pure: it gets the book's facts and file list and returns an XML tree.
import { x } from 'xastscript';
import type { Element, Root } from 'xast';
import type { BookDocument, BookFacts, BookResource, DocumentRole } from './book.ts';

/** Reading order by role; documents of one role keep the order they are given in. */
export const SPINE_ORDER: readonly DocumentRole[] = ['cover', 'titlepage', 'toc', 'chapter', 'characters', 'glossary', 'documents', 'about'];

export const NAV_HREF = 'nav.xhtml';

/** The accessibility claims, in the vocabulary of schema.org and EPUB Accessibility 1.1. */
export const ACCESSIBILITY = {
  accessMode: ['textual', 'visual'],
  accessModeSufficient: ['textual'],
  accessibilityFeature: [
    'alternativeText',
    'longDescription',
    'structuralNavigation',
    'tableOfContents',
    'readingOrder',
    'displayTransformability',
  ],
  accessibilityHazard: ['none'],
  summary:
    'Every figure has a caption, a short alternative text and a long description in the text that follows it; ' +
    'the story reads completely without the figures. Headings mark the acts and their scenes, and the contents ' +
    'list both. Colours are not the only way marks differ: lines are dashed, markers have shapes, and labels name them. ' +
    'No audio, video or animation.',
  conformsTo: 'EPUB Accessibility 1.1 - WCAG 2.1 Level AA',
} as const;

export interface PackageInput {
  facts: BookFacts;
  documents: readonly BookDocument[];
  resources: readonly BookResource[];
  /** Hrefs of documents with inline SVG (manifest property "svg"). */
  withSvg: ReadonlySet<string>;
}

export function itemId(href: string): string {
  return href.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').replace(/^(?=[0-9])/, 'f-');
}

export function spineOrder(documents: readonly BookDocument[]): BookDocument[] {
  return SPINE_ORDER.flatMap((role) => documents.filter((d) => d.role === role));
}

export function packageDocument({ facts, documents, resources, withSvg }: PackageInput): Root {
  const a11y = ACCESSIBILITY;
  const meta = (property: string, value: string) => x('meta', { property }, value);
  const metadata = x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
    x('dc:identifier', { id: 'book-id' }, facts.identifier),
    x('dc:title', facts.title),
    x('dc:creator', facts.creator),
    x('dc:language', facts.language),
    x('dc:description', facts.description),
    ...facts.subjects.map((subject) => x('dc:subject', subject)),
    x('dc:source', facts.siteUrl),
    meta('dcterms:modified', facts.modified),
    ...a11y.accessMode.map((mode) => meta('schema:accessMode', mode)),
    ...a11y.accessModeSufficient.map((mode) => meta('schema:accessModeSufficient', mode)),
    ...a11y.accessibilityFeature.map((feature) => meta('schema:accessibilityFeature', feature)),
    ...a11y.accessibilityHazard.map((hazard) => meta('schema:accessibilityHazard', hazard)),
    meta('schema:accessibilitySummary', a11y.summary),
    meta('dcterms:conformsTo', a11y.conformsTo),
  ]);

  const ordered = spineOrder(documents);
  const items: Element[] = [
    x('item', { id: 'nav', href: NAV_HREF, 'media-type': 'application/xhtml+xml', properties: 'nav' }),
    ...ordered
      .filter((d) => d.href !== NAV_HREF)
      .map((d) => x('item', { id: itemId(d.href), href: d.href, 'media-type': 'application/xhtml+xml', properties: withSvg.has(d.href) ? 'svg' : undefined })),
    ...resources.map((r) => x('item', { id: itemId(r.href), href: r.href, 'media-type': r.mediaType, properties: r.properties })),
  ];
  const spine = ordered.map((d) => x('itemref', { idref: d.href === NAV_HREF ? 'nav' : itemId(d.href) }));

  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    x('package', { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'book-id', 'xml:lang': facts.language }, [
      metadata,
      x('manifest', items),
      x('spine', spine),
    ]),
  ]);
}

/** META-INF/container.xml: where the package document is. */
export function containerDocument(opfPath: string): Root {
  return x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    x('container', { version: '1.0', xmlns: 'urn:oasis:names:tc:opendocument:xmlns:container' }, [
      x('rootfiles', [x('rootfile', { 'full-path': opfPath, 'media-type': 'application/oebps-package+xml' })]),
    ]),
  ]);
}
