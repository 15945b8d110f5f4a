// Moving through a scroll section as a reader does, and reading back the chart's state.
import { expect, type Locator, type Page } from '@playwright/test';
import { PHONE_MAX_WIDTH } from '../../../src/styles/breakpoints.ts';

/** Share of the viewport height where a step becomes active (src/scrolly/triggerOffset.ts). */
export function triggerLine(width: number): number {
  return width <= PHONE_MAX_WIDTH ? 0.6 : 0.5;
}

/** Scrolls so the step's top sits just above the trigger line: the step a reader is reading. */
export async function scrollToStep(page: Page, step: Locator): Promise<void> {
  const viewport = page.viewportSize();
  const offset = triggerLine(viewport?.width ?? 1280) * (viewport?.height ?? 800);
  await step.evaluate((element, line) => {
    const top = element.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - line + 40, behavior: 'instant' });
  }, offset);
}

export function sections(page: Page): Locator {
  return page.locator('section[data-scrolly]');
}

export async function expectChartAt(section: Locator, scene: string): Promise<void> {
  await expect(section.locator('figure.chart')).toHaveAttribute('data-scene', scene, { timeout: 5000 });
}

/** The step whose box holds the trigger line, measured independently of the site's code. */
export async function stepUnderTrigger(section: Locator): Promise<string | null> {
  return section.evaluate((element, phoneMaxWidth) => {
    const line = window.innerHeight * (window.innerWidth <= phoneMaxWidth ? 0.6 : 0.5);
    const steps = [...element.querySelectorAll<HTMLElement>('.step')];
    const hit = steps.filter((s) => s.getBoundingClientRect().top <= line).pop() ?? steps[0];
    return hit?.dataset['scene'] ?? null;
  }, PHONE_MAX_WIDTH);
}

/** Waits until the page has stopped scrolling (smooth scrolling from keys takes a while). */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = -1;
        let still = 0;
        const tick = () => {
          still = window.scrollY === last ? still + 1 : 0;
          last = window.scrollY;
          if (still >= 5) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
  );
}
