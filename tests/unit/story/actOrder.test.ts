import { describe, expect, it } from 'vitest';
import { orderActs, actSlug, neighbours } from '../../../src/story/actOrder.ts';

const act = (id: string, n: number) => ({ id, data: { act: n } });

describe('orderActs', () => {
  it('puts acts in the order of their numbers, whatever order the files come in', () => {
    const ordered = orderActs([act('03-c', 3), act('01-a', 1), act('02-b', 2)]);
    expect(ordered.map((a) => a.id)).toEqual(['01-a', '02-b', '03-c']);
  });
  it('refuses two acts with the same number, naming both files', () => {
    expect(() => orderActs([act('01-a', 1), act('01-b', 1)])).toThrow(
      'content/acts/01-b.mdx: field "act": got 1, expected a number no other act uses (content/acts/01-a.mdx has it too)',
    );
  });
  it('refuses a gap in the numbering', () => {
    expect(() => orderActs([act('01-a', 1), act('03-c', 3)])).toThrow('content/acts/03-c.mdx: field "act": got 3, expected 2');
  });
  it('refuses a file whose prefix disagrees with its act number', () => {
    expect(() => orderActs([act('02-a', 1)])).toThrow('content/acts/02-a.mdx: file name: got "02-a", expected it to start with "01-"');
  });
});

describe('actSlug', () => {
  it('drops the ordering prefix from the file name', () => {
    expect(actSlug('01-the-split')).toBe('the-split');
    expect(actSlug('the-split')).toBe('the-split');
  });
});

describe('neighbours', () => {
  it('gives the previous and next item, or nothing at either end', () => {
    expect(neighbours(['a', 'b', 'c'], 1)).toEqual({ previous: 'a', next: 'c' });
    expect(neighbours(['a', 'b', 'c'], 0)).toEqual({ previous: undefined, next: 'b' });
    expect(neighbours(['a', 'b', 'c'], 2)).toEqual({ previous: 'b', next: undefined });
  });
});
