// The characters a font file can draw, read from its cmap with HarfBuzz. Shared by the subsetter
// (to state an honest unicode-range) and the coverage test (to check the files actually emitted).
import { Blob, Face } from 'harfbuzzjs';
import fontverter from 'fontverter';

/** Code points in the cmap of a TrueType/OpenType, WOFF or WOFF2 file. */
export async function fontCodePoints(file: Uint8Array): Promise<Set<number>> {
  const sfnt = await fontverter.convert(Buffer.from(file), 'sfnt');
  return new Set(new Face(new Blob(sfnt)).collectUnicodes());
}
