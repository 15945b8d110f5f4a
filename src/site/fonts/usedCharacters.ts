// The characters the site can show: every character written in the content and in the sources
// (UI strings, chart labels, number and date formats live there), plus what is generated rather
// than written. Read at build time, so a rewritten chapter brings its own characters.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Printable ASCII: digits, signs and letters that numbers, dates and slugs are made of. */
const ASCII = Array.from({ length: 0x7e - 0x20 + 1 }, (_, i) => 0x20 + i);
/** Typography the renderers add on their own: no-break space, curly quotes, dashes, ellipsis,
 *  the minus sign and thin spaces number formats may use. */
const GENERATED = [0xa0, 0x2009, 0x202f, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x2212];
const TEXT_FILE = /\.(mdx?|json|ya?ml|astro|svelte|ts|css)$/;

function* textFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* textFiles(path);
    else if (TEXT_FILE.test(entry.name)) yield path;
  }
}

/** Code points used in the text files under `dirs`, plus ASCII and generated typography.
 *  Control characters (line breaks, tabs) are left out: no font draws them. */
export function usedCharacters(dirs: string[]): Set<number> {
  const found = new Set<number>([...ASCII, ...GENERATED]);
  for (const dir of dirs) {
    for (const file of textFiles(dir)) {
      for (const char of readFileSync(file, 'utf8')) {
        const codePoint = char.codePointAt(0) as number;
        if (codePoint >= 0x20 && !(codePoint >= 0x7f && codePoint < 0xa0)) found.add(codePoint);
      }
    }
  }
  return found;
}
