// Build-time: the project's own faces (from @fontsource) as TrueType files on disk, where the card
// renderer can load them. Written once per build into node_modules/.cache; no system font is used.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { woffToSfnt } from '../../lib/woffToSfnt.ts';

/** The cuts the cards set, with the family name each file declares: the serif for titles, the sans for the rest. */
export const CARD_FONTS = [
  ['source-serif-4-latin-600-normal', 'Source Serif 4 SemiBold'],
  ['inter-latin-400-normal', 'Inter'],
  ['inter-latin-600-normal', 'Inter SemiBold'],
] as const;

let paths: string[] | undefined;

export function cardFontFiles(root = process.cwd()): string[] {
  if (paths) return paths;
  const folder = join(root, 'node_modules/.cache/neural-fabric-cards');
  mkdirSync(folder, { recursive: true });
  paths = CARD_FONTS.map(([file]) => {
    const pkg = file.startsWith('inter') ? 'inter' : 'source-serif-4';
    const source = join(root, 'node_modules/@fontsource', pkg, 'files', `${file}.woff`);
    const target = join(folder, `${file}.ttf`);
    // Written aside then renamed: builds running side by side never read a half-written font.
    const aside = `${target}.${process.pid}.tmp`;
    writeFileSync(aside, woffToSfnt(readFileSync(source), source));
    renameSync(aside, target);
    return target;
  });
  return paths;
}
