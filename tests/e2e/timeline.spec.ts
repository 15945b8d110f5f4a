import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { actPaths } from './support/pages.ts';

// The story's timeline: on the home page (static, every scene a link into its chapter) and at the
// top of each chapter (its act highlighted, the scene being read marked). One page load per
// viewport; the links are checked against the built HTML, without a browser.
const CHAPTER = actPaths[1] as string;
const visibleSvg = (page: Page, root: string) => page.locator(`${root} svg.timeline-svg:visible`);

test('every scene link on the home page leads to an anchor that exists in its chapter', () => {
  const home = readFileSync('dist/index.html', 'utf8');
  const hrefs = [...new Set([...home.matchAll(/<a href="([^"]+)"[^>]*data-scene="([^"]+)"/g)].map((m) => m[1] as string))];
  expect(hrefs).toHaveLength(35);
  for (const href of hrefs) {
    const [path, anchor] = href.replace(/^\//, '').split('#') as [string, string];
    const file = `dist/${path}index.html`;
    expect(existsSync(file), href).toBe(true);
    expect(readFileSync(file, 'utf8'), href).toContain(` id="${anchor}"`);
  }
});

for (const width of [390, 768, 1280]) {
  test(`at ${width}px: the home timeline fits, and a chapter's highlights its act and follows the scene being read`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('');
    const home = visibleSvg(page, '.home-timeline');
    await expect(home).toHaveCount(1);
    await expect(home).toHaveClass(new RegExp(width < 768 ? '\\bdown\\b' : '\\bacross\\b'));
    await expect(home.locator('a[data-scene]')).toHaveCount(35);
    const fontSize = await home.evaluate((svg: SVGSVGElement) => (svg.getBoundingClientRect().width / svg.viewBox.baseVal.width) * 11);
    expect(fontSize, 'smallest label, px on screen').toBeGreaterThanOrEqual(8);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    await page.goto(CHAPTER);
    const figure = visibleSvg(page, '.chapter-timeline');
    await expect(figure.locator('rect.band.current')).toHaveCount(1);
    await expect(figure.locator('a.current')).toHaveCount(0);
    // A phone scrolls the chapter's drawing sideways, opened on its own act; the page never scrolls sideways.
    const inBox = () =>
      figure.locator('rect.band.current').evaluate((band) => {
        const box = (band.closest('.timeline-scroll') as HTMLElement).getBoundingClientRect();
        const own = band.getBoundingClientRect();
        return own.left >= box.left - 1 && own.left < box.right;
      });
    await expect.poll(inBox).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // A step, then a scene told in prose only: each marks its own scene once past the trigger line.
    for (const target of [page.locator('.step[data-scene]').nth(width === 768 ? 2 : 0), page.locator('.dateline[data-scene="a2-lyra-hears"]')]) {
      const scene = await target.getAttribute('data-scene');
      await target.evaluate((el) => {
        const trigger = innerWidth < 768 ? 0.6 : 0.5;
        scrollBy(0, el.getBoundingClientRect().top - innerHeight * trigger + 20);
      });
      await expect(figure.locator('a.current')).toHaveAttribute('data-scene', scene as string);
    }
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the chapter timeline is the static figure, its act highlighted, its table there', async ({ page }) => {
    await page.goto(CHAPTER);
    const figure = visibleSvg(page, '.chapter-timeline');
    await expect(figure.locator('rect.band.current')).toHaveCount(1);
    await expect(figure.locator('a[data-scene]')).toHaveCount(35);
    await page.locator('.step').first().scrollIntoViewIfNeeded();
    await expect(figure.locator('a.current')).toHaveCount(0);
    await expect(page.locator('.chapter-timeline .chart-data tbody tr')).toHaveCount(6);
  });
});

test('with reduced motion the mark moves at once, without a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(CHAPTER);
  const figure = visibleSvg(page, '.chapter-timeline');
  expect(await figure.locator('rect.hit').first().evaluate((r) => getComputedStyle(r).transitionDuration)).toBe('0s');
  await page.locator('.step').first().evaluate((el) => scrollBy(0, el.getBoundingClientRect().top - innerHeight * 0.5 + 20));
  await expect(figure.locator('a.current')).toHaveCount(1);
});
