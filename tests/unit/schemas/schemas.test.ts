import { describe, expect, it } from 'vitest';
import { actSchema } from '../../../src/schemas/act.ts';
import { characterSchema } from '../../../src/schemas/character.ts';
import { glossaryEntrySchema } from '../../../src/schemas/glossary.ts';
import { sceneSchema, fabricNodeSchema } from '../../../src/schemas/timeline.ts';

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
    expect(actSchema.safeParse(goodAct).success).toBe(true);
  });
  it('says which field is wrong, what it got and what it expected', () => {
    expect(messages(actSchema.safeParse({ ...goodAct, act: 6 }))).toEqual(['act: expected a number <= 5, got 6']);
    expect(messages(actSchema.safeParse({ ...goodAct, act: 'two' }))).toEqual(['act: expected number, got "two"']);
    expect(messages(actSchema.safeParse({ ...goodAct, realms: ['moon'] }))).toEqual([
      'realms.0: expected one of "alterna", "glimmers", "seam", got "moon"',
    ]);
    expect(messages(actSchema.safeParse({ ...goodAct, characters: [] }))).toEqual(['characters: expected at least 1 item(s), got []']);
  });
  it('refuses a missing field and an unknown one', () => {
    const { dek: _dek, ...withoutDek } = goodAct;
    expect(messages(actSchema.safeParse(withoutDek))).toEqual(['dek: expected string, got nothing']);
    expect(messages(actSchema.safeParse({ ...goodAct, subtitle: 'x' }))).toEqual([': expected no field named "subtitle", got one']);
  });
  it('keeps the dek to one line of at most 160 characters', () => {
    expect(messages(actSchema.safeParse({ ...goodAct, dek: 'x'.repeat(161) }))[0]).toMatch(/^dek: expected a text of at most 160 character\(s\)/);
  });
});

describe('character frontmatter', () => {
  const good = { name: 'Ivy Clarke', kind: 'protagonist', role: 'Engineer', realm: 'alterna', description: 'One line.', colour: 'ivy', order: 3 };
  it('accepts a complete profile', () => {
    expect(characterSchema.safeParse(good).success).toBe(true);
  });
  it('refuses a colour that is not a design token', () => {
    expect(messages(characterSchema.safeParse({ ...good, colour: '#ff0000' }))[0]).toMatch(/^colour: expected one of "elias", .* got "#ff0000"$/);
  });
  it('refuses a kind other than protagonist, collective or witness', () => {
    expect(messages(characterSchema.safeParse({ ...good, kind: 'villain' }))).toEqual(['kind: expected one of "protagonist", "collective", "witness", got "villain"']);
  });
});

describe('glossary entry', () => {
  it('accepts a term with a short definition', () => {
    expect(glossaryEntrySchema.safeParse({ id: 'loom', term: 'The Loom', definition: 'The hub.' }).success).toBe(true);
  });
  it('refuses an id that is not lowercase-kebab', () => {
    expect(glossaryEntrySchema.safeParse({ id: 'The Loom', term: 'The Loom', definition: 'x' }).success).toBe(false);
  });
});

describe('timeline shapes', () => {
  it('accepts a scene and refuses a date outside 2145-2147', () => {
    const scene = { id: 'a1-x', act: 1, date: '2145-03-02', label: 'X' };
    expect(sceneSchema.safeParse(scene).success).toBe(true);
    expect(messages(sceneSchema.safeParse({ ...scene, date: '2150-01-01' }))).toEqual(['date: a date in 2145-2147']);
    expect(sceneSchema.safeParse({ ...scene, date: '2145-13-40' }).success).toBe(false);
  });
  it('refuses a node kind the fabric does not know', () => {
    const node = { id: 'x', label: 'X', kind: 'planet', realm: 'alterna', from: 'a1-x' };
    expect(messages(fabricNodeSchema.safeParse(node))).toEqual(['kind: expected one of "hub", "person", "community", "institution", got "planet"']);
  });
});
