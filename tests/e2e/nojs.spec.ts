import { expect, test } from '@playwright/test';
import { actPaths } from './support/pages.ts';
import { hiddenText } from './support/hiddenText.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  // Only the chapters ship JavaScript (javascript.spec.ts holds every other page to none), so only
  // they can read differently without it; pages.spec.ts checks the others' text once.
  for (const path of actPaths) {
    test(`/${path} shows its whole text`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      expect(await hiddenText(page)).toEqual([]);
    });
  }

  for (const path of actPaths) {
    test(`/${path} reads every step in order and shows every chart complete`, async ({ page }) => {
      await page.goto(path);
      const steps = page.locator('.step');
      const count = await steps.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i += 1) await expect(steps.nth(i).locator('.step-card')).toBeVisible();
      const charts = page.locator('.scrolly-graphic figure.chart');
      expect(await charts.count()).toBeGreaterThanOrEqual(1);
      for (const chart of await charts.all()) {
        await expect(chart.locator('svg[role="img"]')).toBeVisible();
        expect(await chart.locator('svg *').count()).toBeGreaterThan(10);
        await expect(chart.locator('.chart-description')).not.toBeEmpty();
      }
    });
  }
});
