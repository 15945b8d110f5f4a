import { expect, test } from '@playwright/test';
import { allPages, actPaths } from './support/pages.ts';

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of allPages) {
    test(`/${path} shows its whole text`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('h1').first()).toBeVisible();
      const hidden = await page.locator('main p, main li, main h2, main h3').evaluateAll((nodes) =>
        nodes
          .filter((n) => !n.closest('details, .print-figure, .print-only, .visually-hidden'))
          .filter((n) => (n as HTMLElement).offsetParent === null && n.textContent?.trim())
          .map((n) => n.textContent?.slice(0, 60)),
      );
      expect(hidden).toEqual([]);
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
