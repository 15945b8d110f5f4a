import { expect, test } from '@playwright/test';
import { allPages, actPaths, textPages } from './support/pages.ts';
import { hiddenText } from './support/hiddenText.ts';
import { watchPage } from './support/watch.ts';

// Each page is read once, on the narrowest screen we support: it must load cleanly there and
// never scroll sideways (the other checks here do not depend on the width). A page that ships no
// JavaScript reads the same without it, so its whole text is checked here too (nojs.spec.ts
// checks the chapters').
test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of allPages) {
    test(`/${path} loads cleanly and never scrolls sideways: no console error, no failed or foreign request`, async ({ page, baseURL }) => {
      const watch = watchPage(page, new URL(baseURL as string).origin);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways scroll in px').toBe(0);
      if (textPages.includes(path)) expect(await hiddenText(page), 'text a reader cannot see').toEqual([]);
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await page.waitForLoadState('networkidle');
      expect(watch.consoleErrors).toEqual([]);
      expect(watch.failedRequests).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
      // The book holds the contents and every act, each under its own top-level heading.
      await expect(page.locator('h1')).toHaveCount(path === 'book/' ? 1 + actPaths.length : 1);
    });
  }
});

test('an unknown address answers with the 404 page', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('This thread is cut');
  await expect(page.getByRole('link', { name: 'contents', exact: true })).toHaveAttribute('href', /\/$/);
});
