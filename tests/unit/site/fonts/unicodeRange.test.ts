import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, toUnicodeRange } from '../../../../src/site/fonts/unicodeRange.ts';

describe('toUnicodeRange', () => {
  it('merges runs of consecutive code points and keeps single ones apart, in order', () => {
    expect(toUnicodeRange([0x2019, 0x20, 0x21, 0x22, 0xe7, 0x2018, 0x21])).toEqual(['U+20-22', 'U+E7', 'U+2018-2019']);
  });
  it('gives nothing for no code points', () => {
    expect(toUnicodeRange([])).toEqual([]);
  });
});

describe('parseUnicodeRange', () => {
  it('tests membership in ranges and single code points', () => {
    const inLatin = parseUnicodeRange('U+0000-00FF,U+0131,U+2191');
    expect([0x41, 0xff, 0x131, 0x2191].every(inLatin)).toBe(true);
    expect([0x100, 0x2192].some(inLatin)).toBe(false);
  });
  it('reads back what toUnicodeRange writes', () => {
    const points = [0x20, 0x21, 0xb7, 0x2212];
    const inRange = parseUnicodeRange(toUnicodeRange(points).join(','));
    expect(points.every(inRange)).toBe(true);
    expect(inRange(0x22)).toBe(false);
  });
  it('names what it got when a part is not a range', () => {
    expect(() => parseUnicodeRange('U+20,latin')).toThrow('unicode-range: expected "U+XXXX" or "U+XXXX-YYYY", got "latin"');
  });
});
