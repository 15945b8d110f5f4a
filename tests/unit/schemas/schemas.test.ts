import { describe, expect, it } from 'vitest';
import { actSchema } from '../../../src/schemas/act.ts';
import { characterSchema } from '../../../src/schemas/character.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { sceneSchema, fabricNodeSchema } from '../../../src/schemas/timeline.ts';
import { placeSchema } from '../../../src/schemas/place.ts';
import { authorErrorMap } from '../../../src/story/errors.ts';
import type { z } from 'astro/zod';

// The build parses with the author error map (src/content.config.ts, parseTimeline); so do the tests.
const parse = (schema: z.ZodType, input: unknown) => schema.safeParse(input, { error: authorErrorMap });

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const goodAct = {
  act: 2,
  title: 'Dissonance',
  dek: 'A line.',
  summary: 'Two sentences. About the act.',
  characters: ['elias-tran'],
  realms: ['glimmers'],
};

describe('act frontmatter', () => {
  it('accepts a complete act', () => {
    expect(parse(actSchema, goodAct).success).toBe(true);
  });
  it('says which field is wrong, what it got and what it expected', () => {
    expect(messages(parse(actSchema, { ...goodAct, act: 6 }))).toEqual(['act: expected a number <= 5, got 6']);
    expect(messages(parse(actSchema, { ...goodAct, act: 'two' }))).toEqual(['act: expected number, got "two"']);
    expect(messages(parse(actSchema, { ...goodAct, realms: ['moon'] }))).toEqual([
      'realms.0: expected one of "alterna", "glimmers", "seam", got "moon"',
    ]);
    expect(messages(parse(actSchema, { ...goodAct, characters: [] }))).toEqual(['characters: expected at least 1 item(s), got []']);
  });
  it('refuses a missing field and an unknown one', () => {
    const { dek: _dek, ...withoutDek } = goodAct;
    expect(messages(parse(actSchema, withoutDek))).toEqual(['dek: expected string, got nothing']);
    expect(messages(parse(actSchema, { ...goodAct, subtitle: 'x' }))).toEqual([': expected no field named "subtitle", got one']);
  });
  it('keeps the dek to one line of at most 160 characters', () => {
    expect(messages(parse(actSchema, { ...goodAct, dek: 'x'.repeat(161) }))[0]).toMatch(/^dek: expected a text of at most 160 character\(s\)/);
  });
});

describe('character frontmatter', () => {
  const good = { name: 'Ivy Clarke', kind: 'protagonist', role: 'Engineer', realm: 'alterna', description: 'One line.', colour: 'ivy', order: 3 };
  it('accepts a complete profile', () => {
    expect(parse(characterSchema, good).success).toBe(true);
  });
  it('refuses a colour that is not a design token', () => {
    expect(messages(parse(characterSchema, { ...good, colour: '#ff0000' }))[0]).toMatch(/^colour: expected one of "elias", .* got "#ff0000"$/);
  });
  it('refuses a kind other than protagonist, collective or witness', () => {
    expect(messages(parse(characterSchema, { ...good, kind: 'villain' }))).toEqual(['kind: expected one of "protagonist", "collective", "witness", got "villain"']);
  });
  it('lets a witness go without a colour, but not a protagonist', () => {
    const { colour: _colour, ...uncoloured } = good;
    const witness = { ...uncoloured, name: 'Bao Tran', kind: 'witness', realm: 'glimmers', place: 'kettle-street-depot' };
    expect(parse(characterSchema, witness).success).toBe(true);
    expect(messages(parse(characterSchema, uncoloured))).toEqual([expect.stringMatching(/^colour: expected one of "elias", .* for a protagonist, got nothing$/)]);
  });
});

describe('place', () => {
  const good = { id: 'kettle-street-depot', name: 'Kettle Street depot', district: 'Lowmarket', realm: 'glimmers', level: 0, x: 34, description: 'A shed.' };
  it('accepts a place with its realm, level and position', () => {
    expect(parse(placeSchema, good).success).toBe(true);
  });
  it('refuses a realm outside the three and a position off the section', () => {
    expect(messages(parse(placeSchema, { ...good, realm: 'moon' }))).toEqual(['realm: expected one of "alterna", "glimmers", "seam", got "moon"']);
    expect(messages(parse(placeSchema, { ...good, x: 140 }))).toEqual(['x: expected a number <= 100, got 140']);
  });
});

describe('glossary entry', () => {
  it('accepts a term with a short definition', () => {
    expect(parse(glossaryEntrySchema, { id: 'loom', term: 'The Loom', definition: 'The hub.' }).success).toBe(true);
  });
  it('refuses an id that is not lowercase-kebab', () => {
    expect(parse(glossaryEntrySchema, { id: 'The Loom', term: 'The Loom', definition: 'x' }).success).toBe(false);
  });
});

describe('timeline shapes', () => {
  it('accepts a scene and refuses a date outside 2145-2147', () => {
    const scene = { id: 'a1-x', act: 1, date: '2145-03-02', label: 'X', place: 'the-basin', who: ['ivy-clarke'] };
    expect(parse(sceneSchema, scene).success).toBe(true);
    expect(messages(parse(sceneSchema, { ...scene, place: undefined }))).toEqual(['place: expected string, got nothing']);
    expect(messages(parse(sceneSchema, { ...scene, who: undefined }))).toEqual(['who: expected array, got nothing']);
    expect(messages(parse(sceneSchema, { ...scene, date: '2150-01-01' }))).toEqual(['date: a date in 2145-2147']);
    expect(parse(sceneSchema, { ...scene, date: '2145-13-40' }).success).toBe(false);
  });
  it('refuses a node kind the fabric does not know', () => {
    const node = { id: 'x', label: 'X', kind: 'planet', realm: 'alterna', from: 'a1-x' };
    expect(messages(parse(fabricNodeSchema, node))).toEqual(['kind: expected one of "hub", "person", "community", "institution", got "planet"']);
  });
});
