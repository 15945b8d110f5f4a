import { expect, test } from '@playwright/test';
import { actPaths } from './support/pages.ts';
import { expectChartAt, scrollToStep, sections, settle, stepUnderTrigger } from './support/scroll.ts';

test('a chart island that fails leaves its server-rendered chart and all text, logs one error, and the other charts work', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  // Fault injection: the divide chart's module throws as it loads (Astro retries the import once,
  // with a query string, so both requests are answered with the fault).
  await page.route(/\/_astro\/Divide\.[^/?]+\.js(\?.*)?$/, (route) =>
    route.fulfill({ contentType: 'text/javascript', body: "throw new Error('injected fault in the divide chart');" }),
  );
  await page.goto(actPaths[4] as string);
  const all = await sections(page).all();
  const divide = sections(page).filter({ has: page.locator('figure[data-chart="divide"]') }).first();
  const first = (await divide.locator('.step').first().getAttribute('data-scene')) as string;
  await scrollToStep(page, divide.locator('.step').nth(2));
  await expect.poll(() => errors.length, { timeout: 5000 }).toBeGreaterThan(0);
  await expect(divide.locator('figure.chart svg[role="img"]')).toBeVisible();
  expect(await divide.locator('figure.chart svg *').count()).toBeGreaterThan(10);
  await expect(divide.locator('figure.chart')).toHaveAttribute('data-scene', first);
  for (const step of await divide.locator('.step-card').all()) await expect(step).not.toBeEmpty();
  for (const section of all) {
    if ((await section.getAttribute('data-chart')) === 'divide') continue;
    const step = section.locator('.step').nth(1);
    await scrollToStep(page, step);
    await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
  }
  expect(errors, errors.join('\n')).toHaveLength(1);
  expect(errors.filter((e) => e.includes('injected fault'))).toHaveLength(1);
  expect(errors).toHaveLength(1);
});

test.describe('fast and hostile reading', () => {
  test('jumping to the end, back to the top and through deep links keeps every chart right', async ({ page }) => {
    await page.goto(actPaths[2] as string);
    const section = sections(page).first();
    await page.keyboard.press('End');
    await page.keyboard.press('Home');
    await settle(page);
    await scrollToStep(page, section.locator('.step').nth(3));
    await expectChartAt(section, (await section.locator('.step').nth(3).getAttribute('data-scene')) as string);
    const target = sections(page).last().locator('.step').nth(1);
    await page.evaluate((id) => (location.hash = id), (await target.getAttribute('id')) as string);
    await settle(page);
    await expect(target).toBeInViewport();
    await expect.poll(async () => (await sections(page).last().locator('figure.chart').getAttribute('data-scene')) === (await stepUnderTrigger(sections(page).last()))).toBe(true);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await scrollToStep(page, section.locator('.step').first());
    await expectChartAt(section, (await section.locator('.step').first().getAttribute('data-scene')) as string);
  });

  for (const [name, size] of [
    ['rotating a phone', { width: 844, height: 390 }],
    ['zooming to 200% on a desktop', { width: 640, height: 400 }],
  ] as const) {
    test(`${name}: the chart follows, and the step being read is never covered`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(actPaths[3] as string);
      const section = sections(page).first();
      await scrollToStep(page, section.locator('.step').nth(2));
      await page.setViewportSize(size);
      for (const step of await section.locator('.step').all()) {
        await scrollToStep(page, step);
        await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
        const covered = await step.locator('.step-card').evaluate((card) => {
          const box = card.getBoundingClientRect();
          const points = [0.2, 0.5, 0.8].map((f) => [box.left + box.width * f, Math.min(box.top + 20, window.innerHeight - 2)] as const);
          return points.some(([x, y]) => {
            const top = document.elementFromPoint(x, y);
            return top !== null && !card.contains(top);
          });
        });
        expect(covered).toBe(false);
      }
    });
  }
});
