// Pure: how wide a line of text sets in a TrueType font, from its own tables (cmap, hmtx), so
// card titles can be broken into lines without a browser. Sums advance widths and ignores
// kerning, which moves a line by a few pixels at most: the cards leave that much margin.

interface Tables {
  unitsPerEm: number;
  advances: number[];
  glyphOf: Map<number, number>;
}

function tables(font: Buffer): Tables {
  const count = font.readUInt16BE(4);
  const table = (tag: string) => {
    for (let i = 0; i < count; i += 1) {
      const at = 12 + i * 16;
      if (font.toString('latin1', at, at + 4) === tag) return font.readUInt32BE(at + 8);
    }
    throw new Error(`font: table "${tag}": got nothing, expected the table in the font`);
  };
  const unitsPerEm = font.readUInt16BE(table('head') + 18);
  const metrics = font.readUInt16BE(table('hhea') + 34);
  const hmtx = table('hmtx');
  const advances = Array.from({ length: metrics }, (_, i) => font.readUInt16BE(hmtx + i * 4));

  // cmap: the Windows Unicode BMP subtable (format 4) covers every character the cards set.
  const cmap = table('cmap');
  const glyphOf = new Map<number, number>();
  for (let i = 0; i < font.readUInt16BE(cmap + 2); i += 1) {
    const at = cmap + 4 + i * 8;
    const sub = cmap + font.readUInt32BE(at + 4);
    if (font.readUInt16BE(at) !== 3 || font.readUInt16BE(at + 2) !== 1 || font.readUInt16BE(sub) !== 4) continue;
    const segments = font.readUInt16BE(sub + 6) / 2;
    const ends = sub + 14;
    const starts = ends + segments * 2 + 2;
    const deltas = starts + segments * 2;
    const ranges = deltas + segments * 2;
    for (let s = 0; s < segments; s += 1) {
      const [start, end] = [font.readUInt16BE(starts + s * 2), font.readUInt16BE(ends + s * 2)];
      const delta = font.readInt16BE(deltas + s * 2);
      const range = font.readUInt16BE(ranges + s * 2);
      for (let c = start; c <= end && c !== 0xffff; c += 1) {
        const glyph = range === 0 ? (c + delta) & 0xffff : font.readUInt16BE(ranges + s * 2 + range + (c - start) * 2);
        if (glyph !== 0) glyphOf.set(c, range === 0 ? glyph : (glyph + delta) & 0xffff);
      }
    }
  }
  return { unitsPerEm, advances, glyphOf };
}

/** A function giving the width in pixels of `text` at `size` pixels in the font. */
export function advanceWidth(font: Buffer): (text: string, size: number) => number {
  const { unitsPerEm, advances, glyphOf } = tables(font);
  const last = advances.at(-1) ?? 0;
  return (text, size) => {
    let units = 0;
    for (const char of text) units += advances[glyphOf.get(char.codePointAt(0) ?? 0) ?? 0] ?? last;
    return (units * size) / unitsPerEm;
  };
}
