// Screens that broke: very narrow phones, landscape phones, large text, big desktops, tablets.
// Each test reads what a reader would see while a chart is stuck mid-section.
import { expect, test, type Page } from '@playwright/test';
import { actPaths } from './support/pages.ts';
import { expectChartAt, scrollToStep, sections } from './support/scroll.ts';

/** The chapter with all three charts. */
const ALL_CHARTS = actPaths[4] as string;

/** Text zoom as the browser's font-size setting does it (not page zoom): Chromium's default font size. */
async function setDefaultFontSize(page: Page, px: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Page.setFontSizes', { fontSizes: { standard: px, fixed: Math.round(px * 0.8125) } });
}

/** For each scroll section, mid-way through its steps: the stuck chart's box against the screen. */
async function stuckCharts(page: Page) {
  const found = [];
  for (const section of await sections(page).all()) {
    const step = section.locator('.step').nth(1);
    await scrollToStep(page, step);
    await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
    // The chart lays itself out for its box's width a frame after it measures it: let the
    // frames that carry a measurement into the drawing pass before reading it.
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(() => done())))));
    found.push(
      await section.evaluate((element) => {
        const sticky = element.querySelector('.scrolly-graphic') as HTMLElement;
        const title = element.querySelector('.chart-title') as HTMLElement;
        const svg = element.querySelector('.scrolly-graphic svg') as SVGSVGElement;
        const header = document.querySelector('.site-header')?.getBoundingClientRect();
        const box = sticky.getBoundingClientRect();
        return {
          chart: element.dataset['chart'],
          headerBottom: Math.max(0, header?.bottom ?? 0),
          titleTop: title.getBoundingClientRect().top,
          top: box.top,
          bottom: box.bottom,
          svgBottom: svg.getBoundingClientRect().bottom,
          svgWidth: svg.getBoundingClientRect().width,
          viewport: window.innerHeight,
          /** Rendered font size of the chart's smallest label, in CSS pixels: its font size in the
           *  drawing times the scale at which the drawing is shown (it keeps its aspect, so the
           *  smaller of the two ratios). */
          smallestLabel:
            Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize))) *
            Math.min(svg.getBoundingClientRect().width / svg.viewBox.baseVal.width, svg.getBoundingClientRect().height / svg.viewBox.baseVal.height),
        };
      }),
    );
  }
  return found;
}

const SIZES = [
  { width: 280, height: 653 },
  { width: 320, height: 568 },
  { width: 390, height: 844 },
  { width: 640, height: 360 },
  { width: 740, height: 360 },
  { width: 844, height: 390 },
  { width: 915, height: 412 },
  { width: 768, height: 1024 },
  { width: 1024, height: 600 },
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 2560, height: 1440 },
];

for (const size of SIZES) {
  test(`at ${size.width}x${size.height} every stuck chart fits on screen below the header, title included`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(ALL_CHARTS);
    for (const chart of await stuckCharts(page)) {
      expect(chart.titleTop, `${chart.chart}: title below the header`).toBeGreaterThanOrEqual(chart.headerBottom - 0.5);
      expect(chart.svgBottom, `${chart.chart}: picture on screen`).toBeLessThanOrEqual(chart.viewport + 0.5);
      expect(chart.bottom, `${chart.chart}: the whole stuck box on screen`).toBeLessThanOrEqual(chart.viewport + 0.5);
      expect(chart.smallestLabel, `${chart.chart}: labels legible`).toBeGreaterThanOrEqual(9);
    }
  });
}

test('with text at 200% (the browser\'s font size, not page zoom) every stuck chart fits below the header', async ({ page }) => {
  await setDefaultFontSize(page, 32);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(ALL_CHARTS);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
  for (const chart of await stuckCharts(page)) {
    expect(chart.titleTop, `${chart.chart}: title below the header`).toBeGreaterThanOrEqual(chart.headerBottom - 0.5);
    expect(chart.bottom, `${chart.chart}: stuck box on screen`).toBeLessThanOrEqual(chart.viewport + 0.5);
  }
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBe(0);
});

for (const size of [{ width: 1920, height: 1080 }, { width: 2560, height: 1440 }]) {
  test(`on a ${size.width}x${size.height} desktop the chart takes its share of the screen`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(ALL_CHARTS);
    for (const chart of await stuckCharts(page)) {
      expect(chart.svgWidth, `${chart.chart}: width`).toBeGreaterThanOrEqual(size.width * 0.4);
      expect(chart.svgBottom - chart.top, `${chart.chart}: height`).toBeGreaterThanOrEqual(size.height * 0.5);
    }
  });
}

test('at 280px the divide chart keeps every label inside its picture', async ({ page }) => {
  await page.setViewportSize({ width: 280, height: 653 });
  await page.goto(actPaths[0] as string);
  const section = page.locator('section[data-chart="divide"]').first();
  const step = section.locator('.step').nth(1);
  await scrollToStep(page, step);
  await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
  const outside = await section.locator('.scrolly-graphic svg').evaluate((svg) => {
    const frame = svg.getBoundingClientRect();
    return [...svg.querySelectorAll('text')]
      .filter((text) => {
        const box = text.getBoundingClientRect();
        return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.left < 0;
      })
      .map((text) => text.textContent);
  });
  expect(outside).toEqual([]);
});

for (const width of [280, 390, 768, 1280]) {
  test(`at ${width}px the chapter navigation is focused in the order it is seen`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(actPaths[2] as string);
    const links = page.locator('.chapter-nav a');
    expect(await links.count()).toBe(3);
    const boxes = [];
    for (const link of await links.all()) boxes.push((await link.boundingBox())!);
    // Seen order: row by row (boxes that overlap vertically share a row), left to right in a row.
    const rows: { dom: number; box: { x: number; y: number; height: number } }[][] = [];
    for (const entry of boxes.map((box, dom) => ({ dom, box })).sort((a, b) => a.box.y - b.box.y)) {
      const row = rows.find((r) => r[0]!.box.y < entry.box.y + entry.box.height && entry.box.y < r[0]!.box.y + r[0]!.box.height);
      if (row) row.push(entry);
      else rows.push([entry]);
    }
    const seen = rows.flatMap((row) => row.sort((a, b) => a.box.x - b.box.x).map((entry) => entry.dom));
    expect(seen).toEqual([0, 1, 2]);
    // And Tab walks them in that (DOM) order.
    await links.first().focus();
    for (let i = 1; i < 3; i += 1) {
      await page.keyboard.press('Tab');
      await expect(links.nth(i)).toBeFocused();
    }
  });
}

test('every download link names its format and size, and a PDF its pages', async ({ page }) => {
  for (const path of ['', ...actPaths]) {
    await page.goto(path);
    const pdfs = page.locator('a[download][href$=".pdf"]');
    expect(await pdfs.count(), `/${path}`).toBeGreaterThan(0);
    for (const link of await pdfs.all()) {
      await expect(link).toHaveAccessibleName(/^Download .+ as a PDF, A4, \d+ pages?, [\d.]+ (KB|MB)$/);
    }
    // An e-book reflows, so it has no page count: its name carries format and size.
    const others = page.locator('a[download]:not([href$=".pdf"])');
    expect(await others.count(), `/${path}`).toBe(1);
    await expect(others).toHaveAccessibleName(/^Download the e-book \(EPUB, [\d.]+ (KB|MB)\)$/);
  }
});
