// Pure: the documentary as schema.org data: a Book whose five Chapters are its parts, in order,
// each with its position, dates, picture and PDF. Every page carries it, so a search engine or a
// reading app finds the whole work from any page.
import type { PublicBook } from './chapters.ts';

export interface BookFacts {
  name: string;
  description: string;
  author: string;
  published: string;
}

const pdf = (url: string) => ({ '@type': 'MediaObject', contentUrl: url, encodingFormat: 'application/pdf' });

export function bookJsonLd(book: PublicBook, facts: BookFacts): Record<string, unknown> {
  const id = `${book.url}#book`;
  return {
    '@context': 'https://schema.org',
    '@type': 'Book',
    '@id': id,
    name: facts.name,
    description: facts.description,
    url: book.url,
    image: book.card,
    inLanguage: 'en',
    bookFormat: 'https://schema.org/EBook',
    author: { '@type': 'Organization', name: facts.author },
    datePublished: facts.published,
    encoding: pdf(book.pdf),
    hasPart: book.chapters.map((chapter) => ({
      '@type': 'Chapter',
      '@id': `${chapter.url}#chapter`,
      position: chapter.position,
      name: chapter.title,
      headline: chapter.title,
      description: chapter.dek,
      abstract: chapter.summary,
      url: chapter.url,
      image: chapter.card,
      datePublished: facts.published,
      temporalCoverage: `${chapter.start}/${chapter.end}`,
      isPartOf: { '@id': id },
      encoding: pdf(chapter.pdf),
    })),
  };
}

/** Serialised for a <script type="application/ld+json">: no "<" can close the element early. */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
