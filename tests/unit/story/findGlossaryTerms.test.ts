import { describe, expect, it } from 'vitest';
import { findGlossaryTerms, termMatcher } from '../../../src/story/findGlossaryTerms.ts';

const matchers = [
  { id: 'loom', term: 'The Loom' },
  { id: 'lace', term: 'Lace' },
  { id: 'gradient', term: 'The Gradient' },
  { id: 'gradient-ledger', term: 'The Gradient Ledger' },
  { id: 'neural-fabric', term: 'The neural fabric' },
].map(termMatcher);

const find = (text: string, used = new Set<string>()) => findGlossaryTerms(text, matchers, used).map((u) => text.slice(u.start, u.end));

describe('findGlossaryTerms', () => {
  it('finds a term without its article, as a whole word', () => {
    expect(find('The Loom took feelings and sanded them.')).toEqual(['Loom']);
    expect(find('A necklace, laced boots, the Looms of old.')).toEqual([]);
  });
  it('matches proper names only capitalised, common nouns in either case', () => {
    expect(find('the towers loom over the lace relays')).toEqual(['lace']);
    expect(find('Neural fabric, said the sign.')).toEqual(['Neural fabric']);
  });
  it('lets a term run across a line break', () => {
    expect(find('on the neural\nfabric')).toEqual(['neural\nfabric']);
  });
  it('prefers the longer of two overlapping terms, and finds each term once', () => {
    expect(find('the Gradient Ledger, the Loom and the Loom again')).toEqual(['Gradient Ledger', 'Loom']);
  });
  it('skips terms already used earlier in the chapter and records the new ones', () => {
    const used = new Set(['loom']);
    expect(find('the Loom and its lace', used)).toEqual(['lace']);
    expect([...used].sort()).toEqual(['lace', 'loom']);
  });
  it('returns uses in reading order', () => {
    expect(find('Lace first, then the Gradient.')).toEqual(['Lace', 'Gradient']);
  });
});
