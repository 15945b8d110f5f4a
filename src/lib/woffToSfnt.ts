// Unpacks a WOFF 1.0 font into the TrueType/OpenType file it wraps: the renderer of the social
// cards reads only TTF/OTF, and the site fonts' metrics read far faster from it than from WOFF2;
// @fontsource ships both. WOFF 1.0 is a table directory whose tables are each zlib-deflated, so
// unpacking is a few lines over node:zlib; no font library needed.
import { inflateSync } from 'node:zlib';

const HEADER = 44;
const ENTRY = 20;

export function woffToSfnt(woff: Buffer, name = 'font'): Buffer {
  if (woff.length < HEADER || woff.toString('latin1', 0, 4) !== 'wOFF') {
    throw new Error(`${name}: got a file that does not start with "wOFF", expected a WOFF 1.0 font`);
  }
  const flavor = woff.readUInt32BE(4);
  const count = woff.readUInt16BE(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = HEADER + i * ENTRY;
    const offset = woff.readUInt32BE(at + 4);
    const compressed = woff.readUInt32BE(at + 8);
    const length = woff.readUInt32BE(at + 12);
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < length ? inflateSync(raw) : raw;
    if (data.length !== length) throw new Error(`${name}: table ${i}: got ${data.length} bytes, expected ${length}`);
    return { tag: woff.readUInt32BE(at), checksum: woff.readUInt32BE(at + 16), data };
  });

  // The sfnt header's binary-search fields, as the OpenType spec defines them.
  const power = 2 ** Math.floor(Math.log2(count));
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(flavor, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(power * 16, 6);
  header.writeUInt16BE(Math.log2(power), 8);
  header.writeUInt16BE(count * 16 - power * 16, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  tables.forEach((table, i) => {
    header.writeUInt32BE(table.tag, 12 + i * 16);
    header.writeUInt32BE(table.checksum, 16 + i * 16);
    header.writeUInt32BE(offset, 20 + i * 16);
    header.writeUInt32BE(table.data.length, 24 + i * 16);
    const padded = Buffer.alloc((table.data.length + 3) & ~3);
    table.data.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  return Buffer.concat([header, ...bodies]);
}
