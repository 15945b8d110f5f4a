// Carries the site's own images into the book: an <img> whose src is a page of the site (the act
// covers, /covers/<slug>.svg) gets the file packed under the same path and its src made relative
// to the book's documents. Only SVG is carried (the covers are SVG); the file must be well-formed
// XML and colour itself (no CSS custom properties, which an image cannot inherit).
import { selectAll } from 'hast-util-select';
import { fromXml } from 'xast-util-from-xml';
import type { BookDocument, BookResource } from './book.ts';
import type { ReadPage } from './siteSource.ts';

export function carryImages(documents: readonly BookDocument[], base: string, read: ReadPage): BookResource[] {
  const carried = new Map<string, BookResource>();
  for (const doc of documents) {
    for (const img of doc.body.flatMap((node) => selectAll('img[src]', node))) {
      const src = String(img.properties['src']);
      if (!src.startsWith(base) || src.startsWith('//')) continue;
      const path = src.slice(base.length).replace(/[?#].*$/, '');
      const where = `${doc.title} (${doc.href}): <img src="${src}">`;
      if (!path.endsWith('.svg')) throw new Error(`${where}: got an image that is not SVG, expected SVG (the book carries only the site's SVG images)`);
      if (!carried.has(path)) {
        const svg = read(path);
        if (svg === undefined) throw new Error(`${where}: got no file dist/${path}, expected the image the page shows`);
        if (svg.includes('var(')) throw new Error(`dist/${path}: got a CSS custom property (var(…)), expected an image that colours itself`);
        try {
          fromXml(svg);
        } catch (error) {
          throw new Error(`dist/${path}: got SVG that is not well-formed XML (${(error as Error).message}), expected SVG an e-reader can parse`);
        }
        carried.set(path, { href: path, mediaType: 'image/svg+xml', data: new TextEncoder().encode(svg) });
      }
      img.properties['src'] = path;
      delete img.properties['loading'];
      delete img.properties['decoding'];
    }
  }
  return [...carried.values()];
}
