import { expect, test } from '@playwright/test';
import { allPages } from './support/pages.ts';

test.describe('at 320px wide', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const path of allPages) {
    test(`/${path} never scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
    });
  }
});

test('keyboard users can skip straight to the content', async ({ page }) => {
  await page.goto('about/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await skip.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});
