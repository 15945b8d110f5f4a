import { expect, test } from '@playwright/test';
import { actPaths } from './support/pages.ts';

test.describe('printing a chapter from the browser', () => {
  for (const [i, path] of actPaths.entries()) {
    test(`/${path} prints every step followed by its numbered figure, without navigation or the sticky chart`, async ({ page }) => {
      await page.goto(path);
      await page.emulateMedia({ media: 'print' });
      const steps = page.locator('.step');
      const count = await steps.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let n = 0; n < count; n += 1) {
        const figure = steps.nth(n).locator('.print-figure');
        await expect(figure).toBeVisible();
        await expect(figure.locator('figcaption')).toHaveText(new RegExp(`^Figure ${i + 1}\\.${n + 1}\\. .+: .+`));
        // What the figure draws, the parts it shares with the section's first figure included.
        const drawn = await figure.locator('svg').evaluate((svg) =>
          [...svg.querySelectorAll('*')].reduce((n, el) => n + 1 + (el.tagName === 'use' ? (document.querySelector(el.getAttribute('href') ?? '')?.querySelectorAll('*').length ?? -1e3) : 0), 0),
        );
        expect(drawn).toBeGreaterThan(10);
        const [textBottom, figureTop] = await Promise.all([
          steps.nth(n).locator('.step-card').evaluate((e) => e.getBoundingClientRect().bottom),
          figure.evaluate((e) => e.getBoundingClientRect().top),
        ]);
        expect(figureTop).toBeGreaterThanOrEqual(textBottom - 1);
      }
      for (const hidden of ['.scrolly-graphic', '.site-header', '.chapter-nav', '.site-footer', '.chart-data']) {
        for (const element of await page.locator(hidden).all()) await expect(element).toBeHidden();
      }
      // The chapter's opening figure: the story's timeline, drawn across the page, its act highlighted.
      await expect(page.locator('.chapter-timeline svg.across')).toBeVisible();
      await expect(page.locator('.chapter-timeline svg.across rect.band.current')).toHaveCount(1);
      await expect(page.locator('.print-address')).toBeVisible();
      await expect(page.locator('.print-address')).toHaveText(new RegExp(`/acts/${path.split('/')[1]}/$`));
      const breaks = await page.locator('.print-figure').evaluateAll((figures) => figures.map((f) => getComputedStyle(f).breakInside));
      expect(new Set(breaks)).toEqual(new Set(['avoid']));

      // Parts a section's figures share are drawn once, in its first figure, and reused (<use>):
      // each section's last figure prints the same, pixel for pixel, as with every part written out.
      const lastFigures = await page.locator('.scrolly-steps .step:last-child .print-figure svg').all();
      expect(lastFigures.length).toBeGreaterThan(0);
      const shots = () => Promise.all(lastFigures.map((svg) => svg.screenshot({ animations: 'disabled' })));
      const shared = await shots();
      const uses = await page.evaluate(() => {
        const all = [...document.querySelectorAll('.print-figure use')];
        for (const use of all) {
          const part = document.querySelector(use.getAttribute('href') ?? '')!.cloneNode(true) as Element;
          part.removeAttribute('id');
          const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
          group.append(part);
          use.replaceWith(group);
        }
        return all.length;
      });
      expect(uses).toBeGreaterThan(0);
      for (const [n, written] of (await shots()).entries()) {
        expect(written.equals(shared[n]!), `section ${n + 1}'s last figure prints the same with its shared parts written out`).toBe(true);
      }
    });
  }

  test('print snapshots stay hidden on screen and from assistive technology', async ({ page }) => {
    await page.goto(actPaths[0] as string);
    const figures = page.locator('.print-figure');
    expect(await figures.count()).toBeGreaterThan(0);
    for (const figure of await figures.all()) {
      await expect(figure).toBeHidden();
      await expect(figure).toHaveAttribute('aria-hidden', 'true');
    }
  });

  test('external links print their address', async ({ page }) => {
    await page.goto('about/');
    await page.emulateMedia({ media: 'print' });
    const after = await page.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.org/x';
      a.textContent = 'x';
      document.querySelector('main')?.append(a);
      return getComputedStyle(a, '::after').content;
    });
    expect(after).toBe('" (https://example.org/x)"');
  });
});
