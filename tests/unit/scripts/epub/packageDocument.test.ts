import { describe, expect, it } from 'vitest';
import { packageDocument, containerDocument, spineOrder } from '../../../../scripts/epub/packageDocument.ts';
import { navBody, xhtmlPage } from '../../../../scripts/epub/templates.ts';
import { xhtmlText, xmlText } from '../../../../scripts/epub/xhtml.ts';
import type { BookDocument } from '../../../../scripts/epub/book.ts';
import { FACTS } from './fixtureSite.ts';

const doc = (href: string, role: BookDocument['role'], title: string, sections: BookDocument['sections'] = []): BookDocument => ({ href, role, title, body: [], sections });
// Given out of order on purpose: the spine follows roles, then the order within a role.
const documents = [
  doc('about.xhtml', 'about', 'About this documentary'),
  doc('act-1.xhtml', 'chapter', 'Act 1: The Split', [{ id: 'two-realms', title: 'Two realms under one sky' }]),
  doc('act-2.xhtml', 'chapter', 'Act 2: Dissonance', [{ id: 'the-depot', title: 'The depot on Kettle Street' }]),
  doc('glossary.xhtml', 'glossary', 'Glossary'),
  doc('characters.xhtml', 'characters', 'The people', [{ id: 'character-elias-tran', title: 'Elias Tran' }]),
  doc('cover.xhtml', 'cover', 'Cover'),
  doc('title.xhtml', 'titlepage', 'The Neural Fabric'),
  doc('nav.xhtml', 'toc', 'Contents'),
];
const resources = [
  { href: 'cover.svg', mediaType: 'image/svg+xml', data: new Uint8Array(), properties: 'cover-image' },
  { href: 'style/book.css', mediaType: 'text/css', data: new Uint8Array() },
  { href: 'fonts/inter-latin-400-normal.woff2', mediaType: 'font/woff2', data: new Uint8Array() },
];

describe('package document', () => {
  const opf = xmlText(packageDocument({ facts: FACTS, documents, resources, withSvg: new Set(['act-1.xhtml', 'act-2.xhtml']) }), 'content.opf');

  it('matches its snapshot', async () => {
    await expect(opf).toMatchFileSnapshot('../../__snapshots__/epub-content.opf');
  });

  it('reads cover, title, contents, the acts in order, then the back matter', () => {
    expect(spineOrder(documents).map((d) => d.href)).toEqual(['cover.xhtml', 'title.xhtml', 'nav.xhtml', 'act-1.xhtml', 'act-2.xhtml', 'characters.xhtml', 'glossary.xhtml', 'about.xhtml']);
    expect([...opf.matchAll(/<itemref idref="([^"]+)"/g)].map((m) => m[1])).toEqual(['cover-xhtml', 'title-xhtml', 'nav', 'act-1-xhtml', 'act-2-xhtml', 'characters-xhtml', 'glossary-xhtml', 'about-xhtml']);
  });

  it('states its accessibility in the EPUB Accessibility 1.1 vocabulary', () => {
    for (const feature of ['structuralNavigation', 'alternativeText', 'longDescription', 'tableOfContents', 'readingOrder']) {
      expect(opf).toContain(`<meta property="schema:accessibilityFeature">${feature}</meta>`);
    }
    expect(opf).toContain('<meta property="schema:accessModeSufficient">textual</meta>');
    expect(opf).toContain('<meta property="schema:accessibilityHazard">none</meta>');
    expect(opf).toContain('<meta property="dcterms:conformsTo">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>');
    expect(opf).toMatch(/<meta property="schema:accessibilitySummary">[^<]{80,}<\/meta>/);
  });

  it('marks the documents with inline SVG, the nav and the cover image', () => {
    expect(opf).toContain('<item id="act-1-xhtml" href="act-1.xhtml" media-type="application/xhtml+xml" properties="svg" />');
    expect(opf).toContain('<item id="about-xhtml" href="about.xhtml" media-type="application/xhtml+xml" />');
    expect(opf).toContain('<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav" />');
    expect(opf).toContain('<item id="cover-svg" href="cover.svg" media-type="image/svg+xml" properties="cover-image" />');
  });

  it('points the container at the package document', () => {
    expect(xmlText(containerDocument('OEBPS/content.opf'), 'container.xml')).toContain('<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml" />');
  });
});

describe('navigation document', () => {
  const nav = xhtmlText(xhtmlPage(FACTS, 'Contents', navBody(spineOrder(documents))), 'nav.xhtml');

  it('matches its snapshot', async () => {
    await expect(nav).toMatchFileSnapshot('../../__snapshots__/epub-nav.xhtml');
  });

  it('lists the acts with their scenes and the landmarks, but not the cover or itself', () => {
    expect(nav).toContain('<li><a href="act-1.xhtml">Act 1: The Split</a><ol><li><a href="act-1.xhtml#two-realms">Two realms under one sky</a></li></ol></li>');
    expect(nav).toContain('<a epub:type="bodymatter" href="act-1.xhtml">The story</a>');
    expect(nav).toContain('<a epub:type="glossary" href="glossary.xhtml">Glossary</a>');
    expect(nav).not.toContain('<a href="cover.xhtml">');
    expect(nav).not.toContain('<a href="nav.xhtml">');
  });
});
