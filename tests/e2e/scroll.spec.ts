import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { actPaths } from './support/pages.ts';
import { watchPage } from './support/watch.ts';
import { expectChartAt, scrollToStep, sections, stepUnderTrigger } from './support/scroll.ts';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'phone', width: 390, height: 844 },
];

for (const viewport of VIEWPORTS) {
  test.describe(`on a ${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const path of actPaths) {
      test(`/${path}: scrolling step by step, each chart shows the step in view`, async ({ page, baseURL }) => {
        const watch = watchPage(page, new URL(baseURL as string).origin);
        await page.goto(path);
        for (const section of await sections(page).all()) {
          const steps = section.locator('.step');
          const count = await steps.count();
          for (let i = 0; i < count; i += 1) {
            const step = steps.nth(i);
            await scrollToStep(page, step);
            await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
            await expect(section.locator('figure.chart')).toHaveAttribute('data-step', String(i));
          }
          // Backwards too: scrolling up returns to earlier states.
          await scrollToStep(page, steps.first());
          await expectChartAt(section, (await steps.first().getAttribute('data-scene')) as string);
        }
        expect(watch.consoleErrors).toEqual([]);
      });
    }

    test('a fling from the first step to the last lands on the last step, without replaying the others', async ({ page }) => {
      await page.goto(actPaths[4] as string);
      const section = sections(page).last();
      const steps = section.locator('.step');
      await scrollToStep(page, steps.first());
      await expectChartAt(section, (await steps.first().getAttribute('data-scene')) as string);
      const seen = await section.locator('figure.chart').evaluate((figure) => {
        const scenes: string[] = [];
        new MutationObserver(() => scenes.push(figure.getAttribute('data-scene') ?? '')).observe(figure, { attributes: true, attributeFilter: ['data-scene'] });
        (window as unknown as { seenScenes: string[] }).seenScenes = scenes;
        return scenes.length;
      });
      expect(seen).toBe(0);
      await scrollToStep(page, steps.last());
      await expectChartAt(section, (await steps.last().getAttribute('data-scene')) as string);
      const changes = await page.evaluate(() => (window as unknown as { seenScenes: string[] }).seenScenes);
      expect(changes.length).toBeLessThanOrEqual(2);
    });

    test('a jump to the end of a chapter, then back into its last section, shows the step in view', async ({ page }) => {
      await page.goto(actPaths[4] as string);
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      const last = sections(page).last();
      const lastStep = last.locator('.step').last();
      await scrollToStep(page, lastStep);
      await expectChartAt(last, (await lastStep.getAttribute('data-scene')) as string);
    });

    test('a deep link to a mid-chapter step opens on that step with its chart state', async ({ page }) => {
      const section = sections(page);
      await page.goto(actPaths[1] as string);
      const steps = section.first().locator('.step');
      const target = steps.nth(2);
      const id = await target.getAttribute('id');
      const scene = await target.getAttribute('data-scene');
      await page.goto(`${actPaths[1]}#${id}`);
      await expect(page.locator(`#${id}`)).toBeInViewport();
      await expectChartAt(sections(page).first(), scene as string);
    });

    test('after a resize mid-section the chart still matches the step in view', async ({ page }) => {
      await page.goto(actPaths[0] as string);
      const section = sections(page).first();
      await scrollToStep(page, section.locator('.step').nth(2));
      await expectChartAt(section, (await section.locator('.step').nth(2).getAttribute('data-scene')) as string);
      await page.setViewportSize({ width: viewport.height, height: viewport.width });
      await expect.poll(async () => (await section.locator('figure.chart').getAttribute('data-scene')) === (await stepUnderTrigger(section))).toBe(true);
      await page.setViewportSize({ width: viewport.width, height: viewport.height });
      await expect.poll(async () => (await section.locator('figure.chart').getAttribute('data-scene')) === (await stepUnderTrigger(section))).toBe(true);
    });
  });
}

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });
  test('charts snap between states: no animation runs and scrolling is not smooth', async ({ page }) => {
    await page.goto(actPaths[4] as string);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    for (const section of await sections(page).all()) {
      const steps = section.locator('.step');
      for (let i = 0; i < (await steps.count()); i += 1) {
        await scrollToStep(page, steps.nth(i));
        await expectChartAt(section, (await steps.nth(i).getAttribute('data-scene')) as string);
        expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
      }
    }
  });
});

test('axe finds no violation with a chart mid-section', async ({ page }) => {
  await page.goto(actPaths[2] as string);
  const section = sections(page).first();
  await scrollToStep(page, section.locator('.step').nth(2));
  await expectChartAt(section, (await section.locator('.step').nth(2).getAttribute('data-scene')) as string);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test('keyboard reading: tabbing through a chapter never leaves the focused element under the sticky chart', async ({ page }) => {
  // Reduced motion turns smooth scrolling off, so each focus has finished scrolling when measured.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(actPaths[0] as string);
  for (let i = 0; i < 40; i += 1) {
    await page.keyboard.press('Tab');
    const hidden = await page.evaluate(() => {
      const focused = document.activeElement as HTMLElement | null;
      if (!focused || focused === document.body || focused === document.documentElement) return false;
      const box = focused.getBoundingClientRect();
      const x = Math.min(Math.max(box.left + box.width / 2, 0), window.innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), window.innerHeight - 1);
      const top = document.elementFromPoint(x, y);
      return top !== null && !focused.contains(top) && !top.contains(focused) && top.closest('.scrolly-graphic, .site-header') !== null;
    });
    expect(hidden, `tab stop ${i + 1}`).toBe(false);
  }
});
