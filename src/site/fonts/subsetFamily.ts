// Cuts an @fontsource family down to the characters the site uses, at build time, and describes
// the result as an Astro font family (local provider). Each cut is taken from @fontsource's
// per-script files (latin first, then latin-ext...), one output file per script that holds one of
// the characters, with a unicode-range naming exactly the characters that file draws.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import subsetFont from 'subset-font';
import { fontCodePoints } from './fontCodePoints.ts';
import { parseUnicodeRange, toUnicodeRange } from './unicodeRange.ts';

export interface Cut {
  weight: number;
  style: 'normal' | 'italic';
}

export interface FamilySpec {
  /** Family name as readers' CSS knows it, e.g. "Inter". */
  name: string;
  /** CSS variable Astro sets to the family and its fallbacks. */
  cssVariable: string;
  /** The @fontsource package, e.g. "@fontsource/inter". */
  pkg: string;
  /** Start of its file names, e.g. "inter" for files/inter-latin-400-normal.woff2. */
  stem: string;
  cuts: Cut[];
  fallbacks: string[];
  /** OpenType layout features to keep (defaults to KEPT_FEATURES). */
  features?: string[];
}

export interface SubsetFile {
  path: string;
  weight: number;
  style: Cut['style'];
  unicodeRange: [string, ...string[]];
  codePoints: number[];
}

/** OpenType features a browser applies by default, plus tabular figures (used in tables). Stylistic
 *  sets and alternates the site never asks for are dropped: most of Inter's weight is there. */
export const KEPT_FEATURES = ['kern', 'liga', 'clig', 'calt', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'tnum'];

const require = createRequire(import.meta.url);

/** Writes one subset WOFF2 per (cut, script) into cacheDir (named by a hash of its inputs, so an
 *  unchanged character set costs nothing on the next build) and lists them. */
export async function subsetFamily(spec: FamilySpec, wanted: Set<number>, cacheDir: string): Promise<SubsetFile[]> {
  const pkgDir = dirname(require.resolve(`${spec.pkg}/package.json`));
  const scripts = Object.entries(JSON.parse(readFileSync(join(pkgDir, 'unicode.json'), 'utf8')) as Record<string, string>);
  // Latin first: a character listed by two scripts is taken from the one most pages load anyway.
  scripts.sort(([a], [b]) => (a === 'latin' ? -1 : b === 'latin' ? 1 : 0));
  mkdirSync(cacheDir, { recursive: true });
  const files: SubsetFile[] = [];
  for (const cut of spec.cuts) {
    const left = new Set(wanted);
    for (const [script, range] of scripts) {
      const inScript = parseUnicodeRange(range);
      const chars = [...left].filter(inScript);
      if (chars.length === 0) continue;
      const source = join(pkgDir, 'files', `${spec.stem}-${script}-${cut.weight}-${cut.style}.woff2`);
      if (!existsSync(source)) continue;
      const original = readFileSync(source);
      const has = await fontCodePoints(original);
      const drawn = chars.filter((c) => has.has(c)).sort((a, b) => a - b);
      if (drawn.length === 0) continue;
      drawn.forEach((c) => left.delete(c));
      const text = String.fromCodePoint(...drawn);
      const features = spec.features ?? KEPT_FEATURES;
      const hash = createHash('sha256').update(original).update(text).update(features.join()).digest('hex').slice(0, 12);
      const path = join(cacheDir, `${spec.stem}-${script}-${cut.weight}-${cut.style}-${hash}.woff2`);
      if (!existsSync(path)) writeFileSync(path, await subsetFont(original, text, { targetFormat: 'woff2', keepFeatures: features }));
      files.push({ path, ...cut, unicodeRange: toUnicodeRange(drawn) as [string, ...string[]], codePoints: drawn });
    }
    if (!files.some((file) => file.weight === cut.weight && file.style === cut.style)) {
      throw new Error(`${spec.pkg}: ${cut.weight} ${cut.style}: expected files/${spec.stem}-<script>-${cut.weight}-${cut.style}.woff2 drawing the site's text, got none`);
    }
  }
  return files;
}
