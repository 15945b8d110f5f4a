import { expect, test } from '@playwright/test';
import { actPaths } from './support/pages.ts';

test('a reader goes from the contents through all five acts by the next links, and back', async ({ page }) => {
  await page.goto('');
  await page.getByRole('link', { name: 'The Split' }).click();
  const titles: string[] = [];
  for (let act = 1; act <= actPaths.length; act += 1) {
    await expect(page.locator('.chapter-head .kicker')).toHaveText(`Act ${act} of 5`);
    titles.push((await page.locator('h1').textContent()) ?? '');
    const next = page.getByRole('navigation', { name: 'Chapters' }).locator('a[rel="next"]');
    if (act < actPaths.length) await next.click();
    else await expect(next).toHaveCount(0);
  }
  expect(titles).toEqual(['The Split', 'Dissonance', 'Resonance', 'Convergence', 'The New Fabric']);
  for (let act = actPaths.length; act > 1; act -= 1) {
    await page.getByRole('navigation', { name: 'Chapters' }).locator('a[rel="prev"]').click();
    await expect(page.locator('.chapter-head .kicker')).toHaveText(`Act ${act - 1} of 5`);
  }
  await page.getByRole('link', { name: 'All acts' }).click();
  await expect(page.locator('h2#contents-title')).toBeVisible();
});

test('the contents list every act with its number, title, dek, reading time and people', async ({ page }) => {
  await page.goto('');
  const cards = page.locator('.act-card');
  await expect(cards).toHaveCount(5);
  for (let i = 0; i < 5; i += 1) {
    const card = cards.nth(i);
    await expect(card.locator('.kicker')).toHaveText(new RegExp(`^Act ${i + 1} · \\d+ min read$`));
    await expect(card.locator('.card-dek')).not.toBeEmpty();
    await expect(card.locator('.names li')).not.toHaveCount(0);
  }
});

test('a character page lists the acts the character appears in, linked', async ({ page }) => {
  await page.goto('characters/ivy-clarke/');
  const acts = page.locator('.appearances a');
  await expect(acts).toHaveCount(5);
  await acts.first().click();
  await expect(page.locator('h1')).toHaveText('The Split');
});

test('the about page defines the divide index, its components, and says it is a narrative device', async ({ page }) => {
  await page.goto('about/');
  await expect(page.getByRole('heading', { name: 'The divide index' })).toBeVisible();
  await expect(page.locator('main')).toContainText('narrative device');
  await expect(page.locator('.components dt')).toHaveText(['Access to the neural fabric', 'Mutual trust', 'Mobility between realms', 'Share of voice']);
});

test("a protagonist's page shows their whole arc, drawn on the server, with its data", async ({ page }) => {
  await page.goto('characters/lyra-neumann/');
  const chart = page.locator('.character-arc figure.chart');
  await expect(chart.locator('svg[role="img"]')).toBeVisible();
  await expect(chart.locator('.chart-description')).toContainText('Lyra Neumann');
  const rows = await page.locator('.character-arc .chart-data tbody tr').count();
  expect(rows).toBeGreaterThanOrEqual(5);
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
