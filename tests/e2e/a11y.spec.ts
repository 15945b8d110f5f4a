import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { actPaths, allPages } from './support/pages.ts';
import { watchFonts } from './support/fontCheck.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Every page is checked at 1280 px in light, where its fonts are checked too (one load for both:
// support/fontCheck.ts). The other three variants check one page of each
// template: the book repeats the chapters (and takes axe minutes), the character pages share one
// template (a protagonist with an arc, a collective, a witness stand for the rest), and the
// chapters share one too, so each variant reads a different chapter (a chapter takes axe 5-20 s).
const SAMPLE_CHARACTERS = ['characters/elias-tran/', 'characters/the-streams/', 'characters/bao-tran/'];
const missing = SAMPLE_CHARACTERS.filter((path) => !allPages.includes(path));
if (missing.length > 0) throw new Error(`a11y.spec.ts: SAMPLE_CHARACTERS: got ${missing.join(', ')}, expected pages that exist`);
const onePerTemplate = allPages.filter(
  (path) => path !== 'book/' && !actPaths.includes(path) && (!/^characters\/.+/.test(path) || SAMPLE_CHARACTERS.includes(path)),
);
const VARIANTS = [
  ['light', 1280],
  ['light', 320],
  ['dark', 1280],
  ['dark', 320],
] as const;

VARIANTS.forEach(([scheme, width], variant) => {
  test.describe(`at ${width}px in ${scheme}`, () => {
    test.use({ viewport: { width, height: 800 }, colorScheme: scheme });
    // Acts 3, 5 and 2 in the three sampled variants: the widest chapters, and each one once.
    const chapter = actPaths[(variant * 2) % actPaths.length] ?? '';
    const everyPage = variant === 0;
    for (const path of everyPage ? allPages : [...onePerTemplate, chapter]) {
      const fonts = everyPage ? ', and loads at most 60 KB of fonts that draw every character it shows' : '';
      test(`/${path} has no axe violations${fonts}`, async ({ page }) => {
        // The book holds all five chapters with their records and glossary notes: axe needs longer there.
        if (path === 'book/') test.slow();
        const checkFonts = everyPage ? watchFonts(page, path) : undefined;
        await page.goto(path);
        await page.waitForLoadState('networkidle');
        const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
        const summary = results.violations.map(
          (v) =>
            `${v.id}: ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
        await checkFonts?.();
      });
    }
  });
});
