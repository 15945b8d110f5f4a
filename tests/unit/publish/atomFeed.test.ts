import { describe, expect, it } from 'vitest';
import { parseAtomFeed } from 'feedsmith';
import { atomFeed } from '../../../src/publish/atomFeed.ts';
import { book } from './fixtureBook.ts';
import { atomProblems } from '../../e2e/support/atomProblems.ts';

const facts = { title: 'The Neural Fabric', subtitle: 'Five acts', author: 'The Neural Fabric', self: 'https://example.org/sub/feed.xml', icon: 'https://example.org/sub/icons/icon-192.png', updated: '2026-11-25' };

describe('atomFeed', () => {
  const xml = atomFeed(book, facts);
  const feed = parseAtomFeed(xml);

  it('parses as an Atom feed with every element RFC 4287 requires', () => {
    expect(atomProblems(xml)).toEqual([]);
  });

  it('lists the chapters in order, each with its title, dek, date, link, PDF and cover', () => {
    expect(feed.entries?.map((e) => e.title?.value)).toEqual(['Act 1: The Split', 'Act 2: Dissonance', 'Act 3: Resonance', 'Act 4: Convergence', 'Act 5: Threads & <Knots>']);
    const first = feed.entries?.[0];
    expect(first?.summary?.value).toBe('Dek of act 1.');
    expect(first?.updated).toBe('2026-11-25T00:00:00Z');
    expect(first?.links?.map((l) => [l.rel, l.href])).toEqual([
      ['alternate', 'https://example.org/sub/acts/act-1/'],
      ['enclosure', 'https://example.org/sub/pdf/the-neural-fabric-act-1.pdf'],
    ]);
    expect(first?.content?.value).toContain('<img src="https://example.org/sub/cards/acts/act-1.png"');
    expect(first?.content?.value).toContain('with &quot;quotes&quot; &amp; more.');
  });

  it('points to itself and to the site', () => {
    expect(feed.links?.find((l) => l.rel === 'self')?.href).toBe(facts.self);
    expect(feed.links?.find((l) => l.rel === 'alternate')?.href).toBe(book.url);
  });

  it('the check catches a feed missing what RFC 4287 requires', () => {
    expect(atomProblems(xml.replace(/<id>[^<]*<\/id>/, ''))).toContain('feed: id, title or updated');
  });
});
