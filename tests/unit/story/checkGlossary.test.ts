import { describe, expect, it } from 'vitest';
import { checkGlossary } from '../../../src/story/checkGlossary.ts';

describe('checkGlossary', () => {
  it('accepts terms that are each defined once', () => {
    expect(checkGlossary([{ id: 'loom', term: 'The Loom' }, { id: 'lace', term: 'Lace' }])).toEqual([]);
  });
  it('names the entry, the id and where it was first defined when an id comes twice', () => {
    expect(checkGlossary([{ id: 'loom', term: 'The Loom' }, { id: 'lace', term: 'Lace' }, { id: 'loom', term: 'The Weave' }])).toEqual([
      'content/data/glossary.json: [2].id: got "loom", expected an id no other term uses ([0] defines it already)',
    ]);
  });
  it('refuses the same term under two ids, whatever its case', () => {
    expect(checkGlossary([{ id: 'loom', term: 'The Loom' }, { id: 'the-loom', term: 'the loom' }])).toEqual([
      'content/data/glossary.json: [1].term: got "the loom", expected a term no other entry defines ([0] defines it already)',
    ]);
  });
});
