// The site's two typefaces, subset at build time to the characters the content and the sources
// use, as Astro font families (astro.config.mjs). Astro emits the files and writes @font-face.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fromBuffer } from '@capsizecss/unpack';
import { fontProviders } from 'astro/config';
import { fallbackFacesCss, fallbackFamilyName, type LocalFallback, type WebCut } from './fallbackFaces.ts';
import { SANS_FALLBACKS, SERIF_FALLBACKS } from './localFallbacks.ts';
import { KEPT_FEATURES, subsetFamily, type FamilySpec } from './subsetFamily.ts';
import { usedCharacters } from './usedCharacters.ts';
import { woffToSfnt } from '../../lib/woffToSfnt.ts';

export const FAMILIES: (FamilySpec & { local: LocalFallback[] })[] = [
  {
    name: 'Source Serif 4',
    cssVariable: '--font-serif',
    pkg: '@fontsource/source-serif-4',
    stem: 'source-serif-4',
    cuts: [
      { weight: 400, style: 'normal' },
      { weight: 400, style: 'italic' },
      { weight: 600, style: 'normal' },
    ],
    fallbacks: ['Georgia', 'serif'],
    local: SERIF_FALLBACKS,
  },
  {
    name: 'Inter',
    cssVariable: '--font-sans',
    pkg: '@fontsource/inter',
    stem: 'inter',
    cuts: [
      { weight: 400, style: 'normal' },
      { weight: 600, style: 'normal' },
      { weight: 700, style: 'normal' },
    ],
    fallbacks: ['system-ui', 'sans-serif'],
    local: SANS_FALLBACKS,
    // Inter's contextual alternates (arrows typed as "->", punctuation raised between capitals)
    // bring in more glyphs than the whole Latin alphabet: 3.5 KB a cut, which a chapter page's six
    // cuts cannot afford under 60 KB. Kerning, ligatures and tabular figures stay.
    features: KEPT_FEATURES.filter((feature) => feature !== 'calt'),
  },
];

/** Directories whose text the fonts must draw, relative to the project root. */
export const TEXT_DIRS = ['content', 'src'];

const require = createRequire(import.meta.url);

/** Metrics of each cut, read from @fontsource's Latin file (the one every page loads). Its WOFF 1
 *  twin holds the same font: unpacked with zlib it reads in milliseconds, where decoding the WOFF2
 *  (Brotli, transformed glyph tables) took a quarter of a second a cut at every build. */
async function webCuts(family: FamilySpec): Promise<WebCut[]> {
  return Promise.all(
    family.cuts.map(async (cut) => {
      const file = require.resolve(`${family.pkg}/files/${family.stem}-latin-${cut.weight}-${cut.style}.woff`);
      const { ascent, descent, lineGap, unitsPerEm, xWidthAvg } = await fromBuffer(woffToSfnt(readFileSync(file), file));
      return { ...cut, metrics: { ascent, descent, lineGap, unitsPerEm, xWidthAvg } };
    }),
  );
}

/** The site's font families for Astro's font API, and the CSS of their local fallback faces. */
export async function siteFonts(root: URL) {
  const wanted = usedCharacters(TEXT_DIRS.map((dir) => fileURLToPath(new URL(`${dir}/`, root))));
  const cacheDir = fileURLToPath(new URL('node_modules/.cache/site-fonts/', root));
  const families = [];
  let fallbackCss = '';
  // One family after the other: the HarfBuzz instances are shared, and a build has time for it.
  for (const family of FAMILIES) {
    const files = await subsetFamily(family, wanted, cacheDir);
    fallbackCss += `${fallbackFacesCss(family.name, await webCuts(family), family.local)}\n`;
    families.push({
      provider: fontProviders.local(),
      name: family.name,
      cssVariable: family.cssVariable,
      // Ours, sized per cut for every platform, replace Astro's single Times New Roman/Arial one.
      optimizedFallbacks: false,
      fallbacks: [...family.local.map((fallback) => fallbackFamilyName(family.name, fallback)), ...family.fallbacks],
      // swap, not optional: optional leaves a late font out for the whole visit, and the PDFs (printed
      // from the pages) then embed the fallback. The sized fallbacks above keep the swap in place.
      display: 'swap' as const,
      options: { variants: files.map(({ path, weight, style, unicodeRange }) => ({ src: [path], weight, style, unicodeRange })) },
    });
  }
  return { families, fallbackCss };
}
