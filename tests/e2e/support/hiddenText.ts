import type { Page } from '@playwright/test';

/** Text in the page's main column that a reader cannot see (print-only parts, closed details and
 *  text kept for screen readers aside): the first 60 characters of each. */
export function hiddenText(page: Page): Promise<(string | undefined)[]> {
  return page.locator('main p, main li, main h2, main h3').evaluateAll((nodes) =>
    nodes
      .filter((n) => !n.closest('details, .print-figure, .print-only, .visually-hidden'))
      .filter((n) => (n as HTMLElement).offsetParent === null && n.textContent?.trim())
      .map((n) => n.textContent?.slice(0, 60)),
  );
}
