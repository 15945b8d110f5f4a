// The world in cross-section as a reader meets it: the protagonists' marks at the right places at
// every step of a section, through a fling, a deep link, reduced motion, print and JavaScript off,
// and the /world/ page. One page load per test; the other sections are scrolled by scroll.spec.ts.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectChartAt, scrollToStep, sections } from './support/scroll.ts';

const CHAPTER = 'acts/convergence/';
const PEOPLE = ['elias-tran', 'lyra-neumann', 'ivy-clarke', 'cyrus-mendez'];

function worldSection(page: Page): Locator {
  return sections(page).and(page.locator('[data-chart="world"]'));
}

/** Where each person's mark stands in a figure: id -> place id. */
async function placesIn(figure: Locator): Promise<Record<string, string>> {
  return figure.locator('path.marker').evaluateAll((marks) =>
    Object.fromEntries(marks.map((m) => [m.getAttribute('data-character') ?? '', m.getAttribute('data-place') ?? ''])),
  );
}

/** The marker positions of the live chart: id -> "x y". */
async function positions(section: Locator): Promise<Record<string, string>> {
  return section.locator('figure.chart path.marker').evaluateAll((marks) =>
    Object.fromEntries(marks.map((m) => [m.getAttribute('data-character') ?? '', (m.getAttribute('transform') ?? '').replace(/[^\d. -]/g, '')])),
  );
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
]) {
  test(`at ${viewport.width} px every step puts the marks at that step's places, through a fling and back`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await page.goto(CHAPTER);
    const section = worldSection(page);
    const steps = section.locator('.step');
    const count = await steps.count();
    expect(count).toBeGreaterThanOrEqual(4);
    const expected: Record<string, string>[] = [];
    for (let i = 0; i < count; i += 1) {
      const step = steps.nth(i);
      await scrollToStep(page, step);
      await expectChartAt(section, (await step.getAttribute('data-scene')) as string);
      // The step's print figure is the server's picture of that step: the live marks must agree.
      expected.push(await placesIn(step.locator('.print-figure')));
      await expect.poll(() => placesIn(section.locator('figure.chart'))).toEqual(expected[i]);
      // The current scene's ring stands at the scene's place; its people stand beside it.
      const here = section.locator('figure.chart circle.here');
      const place = await here.getAttribute('data-place');
      for (const [id, at] of Object.entries(expected[i] ?? {})) {
        if (at !== place) continue;
        // The mark may still be gliding in from the last step's place, and the first step may be
        // redrawn at the measured width once the island hydrates: read both until they settle.
        const marker = section.locator(`figure.chart path.marker[data-character="${id}"]`);
        const offset = async () =>
          Math.abs(Number((await marker.getAttribute('transform'))?.match(/translate\(([\d.]+)/)?.[1]) - Number(await here.getAttribute('cx')));
        await expect.poll(offset, { message: `${id} beside ${place}` }).toBeLessThanOrEqual(30);
      }
    }
    // The Charter is written at the Pumphouse with all four in the room.
    expect(expected.at(-1)).toEqual(Object.fromEntries(PEOPLE.map((id) => [id, 'pumphouse'])));
    // A fling back to the first step and down to the last lands on each, marks and all.
    await scrollToStep(page, steps.first());
    await expectChartAt(section, (await steps.first().getAttribute('data-scene')) as string);
    await expect.poll(() => placesIn(section.locator('figure.chart'))).toEqual(expected[0]);
    await scrollToStep(page, steps.last());
    await expect.poll(() => placesIn(section.locator('figure.chart'))).toEqual(expected.at(-1));
  });
}

test('a deep link opens at its step; marks glide between steps, and snap under reduced motion; print carries every step', async ({ page }) => {
  await page.goto(`${CHAPTER}#world-a4-the-leak`);
  const section = worldSection(page);
  await expectChartAt(section, 'a4-the-leak');
  await expect.poll(async () => (await placesIn(section.locator('figure.chart')))['ivy-clarke']).toBe('meridian-roof');

  const steps = section.locator('.step');
  const midway = async (i: number) => {
    await scrollToStep(page, steps.nth(i));
    const height = await steps.nth(i).evaluate((el) => el.getBoundingClientRect().height);
    // 80% through the step's box: past the hold, halfway through the move (src/scrolly/morph.ts).
    await page.evaluate((dy) => window.scrollBy({ top: dy, behavior: 'instant' }), height * 0.8 - 40);
    await page.waitForTimeout(400);
    return positions(section);
  };
  await scrollToStep(page, steps.nth(0));
  await expectChartAt(section, 'a4-movement');
  const before = await positions(section);
  await scrollToStep(page, steps.nth(1));
  await expectChartAt(section, 'a4-immersions');
  const after = await positions(section);
  // Elias goes from the Pumphouse to the salt hall: halfway, his mark is between the two.
  const glide = (await midway(0))['elias-tran'];
  expect([before['elias-tran'], after['elias-tran']]).not.toContain(glide);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const snapped = (await midway(0))['elias-tran'];
  expect([before['elias-tran'], after['elias-tran']]).toContain(snapped);

  await page.emulateMedia({ media: 'print', reducedMotion: 'reduce' });
  const figures = section.locator('.step .print-figure');
  await expect(figures).toHaveCount(await steps.count());
  for (const figure of await figures.all()) {
    await expect(figure).toBeVisible();
    expect(Object.keys(await placesIn(figure)).length).toBeGreaterThan(0);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('a chapter shows the first step of the section, and /world/ draws the city with every place listed and linked', async ({ page }) => {
    await page.goto(CHAPTER);
    const section = worldSection(page);
    const first = section.locator('.step').first();
    await expectChartAt(section, (await first.getAttribute('data-scene')) as string);
    expect(await placesIn(section.locator('figure.chart'))).toEqual(await placesIn(first.locator('.print-figure')));

    await page.goto('world/');
    await expect(page.locator('script:not([type="application/ld+json"])')).toHaveCount(0);
    const figure = page.locator('figure.chart:visible');
    await expect(figure).toHaveCount(1);
    await expect(figure.locator('svg:visible')).toHaveCount(1);
    await expect(figure.locator('svg:visible text').filter({ hasText: 'The Pumphouse' })).toHaveCount(1);
    await expect(page.locator('article.place')).toHaveCount(31);
    // A scene shown in a step links to that step; the step exists in its chapter.
    const link = page.locator('#pumphouse a', { hasText: 'Cyrus drafts the Charter of Minds' });
    await expect(link).toHaveAttribute('href', /\/acts\/convergence\/#world-a4-framework$/);
    await link.click();
    await expect(page.locator('#world-a4-framework')).toHaveCount(1);
  });
});
