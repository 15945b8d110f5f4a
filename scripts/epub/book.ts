// The shapes the e-book is assembled from: facts for its package document, and its documents,
// each a body of HTML elements (hast) with the sections the contents list. No files, no zip.
import type { Element } from 'hast';

export interface BookFacts {
  title: string;
  creator: string;
  /** BCP 47, e.g. "en". */
  language: string;
  /** "urn:uuid:…", stable for one site URL. */
  identifier: string;
  /** dcterms:modified, CCYY-MM-DDThh:mm:ssZ. */
  modified: string;
  description: string;
  subjects: readonly string[];
  /** Where the documentary lives online (the site's home page). */
  siteUrl: string;
}

/** What a document is in the book; decides landmarks and spine order. */
export type DocumentRole = 'cover' | 'titlepage' | 'toc' | 'chapter' | 'characters' | 'glossary' | 'documents' | 'about';

export interface BookSection {
  /** Fragment id inside the document. */
  id: string;
  title: string;
}

export interface BookDocument {
  /** File name inside the package, e.g. "act-1.xhtml". */
  href: string;
  role: DocumentRole;
  /** Title for the <title> element and the contents. */
  title: string;
  /** The content of <body>. */
  body: Element[];
  /** For a chapter, the slug of its page on the site (/acts/<slug>/), so links to it find it. */
  slug?: string;
  /** Sections listed under this document in the contents (a chapter's scenes). */
  sections: BookSection[];
}

/** A file in the package that is not an XHTML document: stylesheet, fonts, cover image. */
export interface BookResource {
  href: string;
  mediaType: string;
  data: Uint8Array;
  /** OPF item properties, e.g. "cover-image". */
  properties?: string;
}
