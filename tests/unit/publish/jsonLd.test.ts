import { describe, expect, it } from 'vitest';
import { bookJsonLd, jsonLdText } from '../../../src/publish/jsonLd.ts';
import { book } from './fixtureBook.ts';

const facts = { name: 'The Neural Fabric', description: 'Five acts.', author: 'The Neural Fabric', published: '2026-11-25' };

describe('bookJsonLd', () => {
  const data = bookJsonLd(book, facts) as { '@type': string; hasPart: Record<string, unknown>[]; encoding: Record<string, unknown> };

  it('describes a Book with its five chapters as parts, in order, each pointing back to it', () => {
    expect(data['@type']).toBe('Book');
    expect(data.hasPart.map((p) => [p['@type'], p.position, p.name])).toEqual([
      ['Chapter', 1, 'The Split'],
      ['Chapter', 2, 'Dissonance'],
      ['Chapter', 3, 'Resonance'],
      ['Chapter', 4, 'Convergence'],
      ['Chapter', 5, 'Threads & <Knots>'],
    ]);
    for (const part of data.hasPart) expect(part.isPartOf).toEqual({ '@id': 'https://example.org/sub/#book' });
  });

  it('gives each chapter its dates, picture and PDF', () => {
    expect(data.hasPart[0]).toMatchObject({
      datePublished: '2026-11-25',
      temporalCoverage: '2145-01-01/2145-01-20',
      image: 'https://example.org/sub/cards/acts/act-1.png',
      encoding: { '@type': 'MediaObject', contentUrl: 'https://example.org/sub/pdf/the-neural-fabric-act-1.pdf', encodingFormat: 'application/pdf' },
    });
    expect(data.encoding.contentUrl).toBe(book.pdf);
  });
});

describe('jsonLdText', () => {
  it('cannot close its <script> early, and parses back to the same data', () => {
    const text = jsonLdText({ name: '</script><script>alert(1)</script>' });
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
