// A chart takes the same room before and after it hydrates: on a phone the server's picture is
// drawn for a wider column, and the live chart lays itself out again for the real width.
import { expect, test } from '@playwright/test';
import { actPaths } from './support/pages.ts';

test.use({ viewport: { width: 390, height: 844 } });

for (const path of actPaths) {
  test(`/${path}: on a phone, every chart keeps its height when it hydrates`, async ({ page }) => {
    await page.goto(path);
    const islands = page.locator('astro-island:has(figure.chart)');
    const count = await islands.count();
    expect(count).toBeGreaterThan(0);
    const changed: string[] = [];
    for (let i = 0; i < count; i++) {
      const island = islands.nth(i);
      const chart = island.locator('figure.chart');
      const graphic = chart.locator('.chart-graphic');
      const before = await graphic.evaluate((el) => el.getBoundingClientRect().height);
      const wasStatic = await island.evaluate((el) => el.hasAttribute('ssr'));
      await chart.scrollIntoViewIfNeeded();
      await expect(island).not.toHaveAttribute('ssr');
      // Laid out again for the column's width: the viewBox is as wide as the box.
      await expect.poll(() => graphic.evaluate((el) => Math.round(el.querySelector('svg')!.viewBox.baseVal.width) === Math.round(el.getBoundingClientRect().width))).toBe(true);
      const after = await graphic.evaluate((el) => el.getBoundingClientRect().height);
      const name = await chart.getAttribute('data-chart');
      if (wasStatic && Math.abs(after - before) > 0.5) changed.push(`${name} #${i + 1}: ${before.toFixed(1)} -> ${after.toFixed(1)} px`);
    }
    expect(changed).toEqual([]);
  });
}
