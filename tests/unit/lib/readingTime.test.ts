import { describe, expect, it } from 'vitest';
import { countWords } from '../../../src/lib/countWords.ts';
import { readingTime, WORDS_PER_MINUTE } from '../../../src/lib/readingTime.ts';

describe('countWords', () => {
  it('counts the words of prose, with contractions and hyphenated words as one', () => {
    expect(countWords("Elias's studio sits above a noodle-counter, doesn't it?")).toBe(8);
  });
  it('does not count frontmatter, component tags, Markdown syntax or link targets', () => {
    const body = '---\ntitle: X\nact: 1\n---\n## A scene\n\n<Step scene="a1-two-realms">\n\nSee [the glossary](/about/#term-loom) *now*.\n\n</Step>\n';
    expect(countWords(body)).toBe(6);
  });
  it('counts nothing in an empty body', () => {
    expect(countWords('')).toBe(0);
  });
});

describe('readingTime', () => {
  it('rounds to whole minutes at the long-form reading pace', () => {
    expect(readingTime(Array(WORDS_PER_MINUTE * 10).fill('word').join(' '))).toBe(10);
    expect(readingTime(Array(Math.round(WORDS_PER_MINUTE * 2.6)).fill('word').join(' '))).toBe(3);
  });
  it('says at least one minute for any text, and zero for none', () => {
    expect(readingTime('A few words.')).toBe(1);
    expect(readingTime('')).toBe(0);
  });
});
