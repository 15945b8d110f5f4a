// Packs the e-book: an OCF ZIP container whose first entry is the uncompressed "mimetype", as
// EPUB requires, then everything else deflated. Entries keep the given order and one timestamp,
// so the same book makes the same bytes.
import { zipSync, type Zippable } from 'fflate';

export const MIMETYPE = 'application/epub+zip';

export function packContainer(files: ReadonlyMap<string, Uint8Array | string>, modified: Date): Uint8Array {
  const encode = (data: Uint8Array | string) => (typeof data === 'string' ? new TextEncoder().encode(data) : data);
  const entries: Zippable = { mimetype: [encode(MIMETYPE), { level: 0, mtime: modified }] };
  for (const [path, data] of files) {
    if (path === 'mimetype') continue;
    entries[path] = [encode(data), { level: 9, mtime: modified }];
  }
  return zipSync(entries);
}
