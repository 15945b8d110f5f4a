import { describe, expect, it } from 'vitest';
import { documentSchema, DOCUMENT_KINDS } from '../../../src/schemas/document.ts';
import { characterSchema } from '../../../src/schemas/character.ts';
import { placeLabel } from '../../../src/story/loadPlaces.ts';
import { FACSIMILES } from '../../../src/components/evidence/facsimile.ts';
import { formatDay } from '../../../src/lib/format.ts';
import { authorErrorMap } from '../../../src/story/errors.ts';
import type { z } from 'astro/zod';

// The build parses with the author error map; so do the tests.
const parse = (schema: z.ZodType, input: unknown) => schema.safeParse(input, { error: authorErrorMap });

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const goodDocument = {
  title: 'Provisional Order 45-117',
  kind: 'order',
  date: '2145-06-28',
  scene: 'a2-control-order',
  source: 'Coherence Directorate. File copy.',
};

describe('document frontmatter', () => {
  it('accepts a record with or without sender and addressee, and a YAML date as a day', () => {
    expect(documentSchema.safeParse(goodDocument).success).toBe(true);
    expect(documentSchema.parse({ ...goodDocument, from: 'Office of the Chancellor', to: 'Cyrus Mendez' }).to).toBe('Cyrus Mendez');
    expect(documentSchema.parse({ ...goodDocument, date: new Date('2145-06-28T00:00:00Z') }).date).toBe('2145-06-28');
  });
  it('says which field is wrong, what it got and what it expected', () => {
    expect(messages(parse(documentSchema, { ...goodDocument, kind: 'diary' }))[0]).toMatch(/^kind: expected one of "memo", "order", .*"notice", got "diary"$/);
    expect(messages(parse(documentSchema, { ...goodDocument, source: undefined }))).toEqual(['source: expected string, got nothing']);
    expect(messages(parse(documentSchema, { ...goodDocument, signed: 'yes' }))).toEqual([': expected no field named "signed", got one']);
  });
  it('refuses a date that is not a day', () => {
    expect(documentSchema.safeParse({ ...goodDocument, date: 'June 2145' }).success).toBe(false);
  });
  it('gives every kind a facsimile with a label', () => {
    for (const kind of DOCUMENT_KINDS) expect(FACSIMILES[kind].label, kind).toMatch(/^[A-Z]/);
  });
});

describe('witness profiles', () => {
  const witness = { name: 'Bao Tran', kind: 'witness', role: 'Brother', realm: 'glimmers', place: 'kettle-street-depot', description: 'One line.', order: 20 };
  it('accepts a witness with a place and no colour, or with a colour', () => {
    expect(characterSchema.safeParse(witness).success).toBe(true);
    expect(characterSchema.safeParse({ ...witness, colour: 'elias' }).success).toBe(true);
  });
  it('requires a place for a witness', () => {
    const { place: _place, ...withoutPlace } = witness;
    expect(messages(parse(characterSchema, withoutPlace))).toEqual(['place: expected a place id from content/data/places.json for a witness, got nothing']);
  });
  it('still requires a colour of protagonists and collectives, and gives them no place', () => {
    const { place: _place, ...rest } = witness;
    expect(messages(parse(characterSchema, { ...rest, kind: 'protagonist' }))[0]).toMatch(/^colour: expected one of "elias", .* for a protagonist, got nothing$/);
    expect(messages(parse(characterSchema, { ...witness, kind: 'collective', colour: 'streams' }))).toEqual([
      'place: expected no place for a collective (only witnesses have one), got "kettle-street-depot"',
    ]);
  });
});

describe('places', () => {
  const place = { id: 'kettle-street-depot', name: 'Kettle Street depot', district: 'Lowmarket', realm: 'glimmers' as const, level: 8, x: 34, description: 'A depot.' };
  it('prints a place with its district, and a district once', () => {
    expect(placeLabel(place)).toBe('Kettle Street depot, Lowmarket');
    expect(placeLabel({ ...place, name: 'Lowmarket' })).toBe('Lowmarket');
  });
});

describe('formatDay', () => {
  it('prints a story date as a dateline does', () => {
    expect(formatDay('2145-06-14')).toBe('14 June 2145');
    expect(formatDay('2147-01-01')).toBe('1 January 2147');
  });
  it('refuses what is not a day', () => {
    expect(() => formatDay('2145-06')).toThrow('formatDay: got "2145-06", expected a date as YYYY-MM-DD');
  });
});
