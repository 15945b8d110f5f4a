import { describe, expect, it } from 'vitest';
import { countWords, formatMonth, formatPosition, lowerFirst, readingTime, WORDS_PER_MINUTE } from '../../../src/lib/format.ts';

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

describe('formatMonth', () => {
  it('print story dates the same in every locale and time zone', () => {
    expect(formatMonth('2145-06-14')).toBe('June 2145');
    expect(formatMonth('2147-01-05')).toBe('January 2147');
  });
  it('refuse a date that is not YYYY-MM-DD', () => {
    expect(() => formatMonth('June 2145')).toThrow('formatMonth: got "June 2145", expected a date as YYYY-MM-DD');
  });
});

describe('formatPosition', () => {
  it('prints two decimals with a true minus sign, and no negative zero', () => {
    expect(formatPosition(-0.456)).toBe('−0.46');
    expect(formatPosition(0.5)).toBe('0.50');
    expect(formatPosition(-0.001)).toBe('0.00');
  });
});

describe('lowerFirst', () => {
  it('lowers only the first letter, for a label used mid-sentence', () => {
    expect(lowerFirst('Agency of the Loom')).toBe('agency of the Loom');
  });
});
