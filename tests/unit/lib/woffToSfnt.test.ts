import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { woffToSfnt } from '../../../src/lib/woffToSfnt.ts';
import { advanceWidth } from '../../../src/publish/cards/advanceWidth.ts';

const woff = readFileSync('node_modules/@fontsource/inter/files/inter-latin-400-normal.woff');

describe('woffToSfnt', () => {
  it('unpacks a WOFF into a TrueType file with the same tables and its declared size', () => {
    const sfnt = woffToSfnt(woff);
    expect(sfnt.readUInt32BE(0)).toBe(woff.readUInt32BE(4));
    expect(sfnt.readUInt16BE(4)).toBe(woff.readUInt16BE(12));
    // totalSfntSize in the WOFF header is the size of the font it wraps.
    expect(sfnt.length).toBe(woff.readUInt32BE(16));
  });

  it('gives a font whose metrics read: "W" is wider than "i", a space is narrower than "m"', () => {
    const width = advanceWidth(woffToSfnt(woff));
    expect(width('W', 100)).toBeGreaterThan(width('i', 100));
    expect(width(' ', 100)).toBeLessThan(width('m', 100));
    expect(width('ii', 100)).toBeCloseTo(2 * width('i', 100), 6);
  });

  it('names the file when it is not a WOFF', () => {
    expect(() => woffToSfnt(Buffer.from('not a font at all, not at all, really not a font'), 'x.woff')).toThrow('x.woff: got a file that does not start with "wOFF", expected a WOFF 1.0 font');
  });
});
