import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages } from './support/pages.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const scheme of ['light', 'dark'] as const) {
  for (const width of [1280, 320]) {
    test.describe(`at ${width}px in ${scheme}`, () => {
      test.use({ viewport: { width, height: 800 }, colorScheme: scheme });
      for (const path of allPages) {
        test(`/${path} has no axe violations`, async ({ page }) => {
          // The book holds all five chapters with their records and glossary notes: axe needs longer there.
          if (path === 'book/') test.slow();
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
          const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          expect(summary).toEqual([]);
        });
      }
    });
  }
}
