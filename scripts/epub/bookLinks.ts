// Points the site's links at the book: a link to an act, a person, the glossary or a step opens
// that place in the e-book (a document in the archive opens inside its act); a link to a page the book does not carry goes to the site online.
// Pure: works on the documents' trees and the site's base path and address.
import { selectAll } from 'hast-util-select';
import type { BookDocument } from './book.ts';

export interface LinkContext {
  /** The site's base path as the built pages use it, e.g. "/" or "/stories/neural-fabric/". */
  base: string;
  /** The site's home page online, e.g. "https://example.org/stories/neural-fabric/". */
  siteUrl: string;
}

/** Which book document stands for a site page (path under the base, without leading slash). */
function documentForPage(path: string, documents: readonly BookDocument[]): string | undefined {
  const act = /^acts\/([^/]+)\/$/.exec(path);
  if (act) return documents.find((d) => d.role === 'chapter' && d.slug === act[1])?.href;
  const person = /^characters\/([^/]+)\/$/.exec(path);
  if (person) return documents.find((d) => d.role === 'characters') ? `characters.xhtml#character-${person[1]}` : undefined;
  const byPage: Record<string, BookDocument['role']> = { 'characters/': 'characters', 'about/': 'about', 'glossary/': 'glossary', 'archive/': 'documents', '': 'titlepage' };
  const role = byPage[path];
  return role ? documents.find((d) => d.role === role)?.href : undefined;
}

/** Rewrites every a[href] in place and returns the number of links pointed into the book. */
export function pointLinksIntoBook(documents: readonly BookDocument[], context: LinkContext): number {
  const where = new Map<string, string>();
  for (const doc of documents) for (const el of doc.body.flatMap((node) => selectAll('[id]', node))) if (!where.has(String(el.properties['id']))) where.set(String(el.properties['id']), doc.href);

  let internal = 0;
  for (const doc of documents) {
    for (const link of doc.body.flatMap((node) => selectAll('a[href]', node))) {
      const href = String(link.properties['href']);
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const url = new URL(href, new URL(context.base, 'http://site.invalid'));
      const fragment = url.hash.slice(1);
      const path = url.pathname.startsWith(context.base) ? url.pathname.slice(context.base.length) : undefined;
      const target = fragment && where.has(fragment) ? `${where.get(fragment)}#${fragment}` : path !== undefined ? documentForPage(path, documents) : undefined;
      if (target) {
        link.properties['href'] = target.startsWith(`${doc.href}#`) ? target.slice(doc.href.length) : target;
        internal += 1;
      } else {
        link.properties['href'] = new URL(`${path ?? url.pathname.slice(1)}${url.search}${url.hash}`, context.siteUrl).href;
      }
    }
  }
  return internal;
}
