import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { actPaths, allPages } from './support/pages.ts';
import { watchPage } from './support/watch.ts';
import { scrollToStep, sections, expectChartAt } from './support/scroll.ts';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

test('every page declares a Content-Security-Policy that allows only the site itself', () => {
  for (const path of [...allPages, 'book/', '404.html'.replace('.html', '')]) {
    const file = path === '404' ? 'dist/404.html' : `dist/${path}index.html`;
    const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    expect(csp, file).toContain("default-src 'self'");
    expect(csp, file).toContain("object-src 'none'");
    expect(csp, file).toContain("base-uri 'self'");
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc, file).not.toContain('unsafe-inline');
    expect(scriptSrc, file).not.toContain('unsafe-eval');
  }
});

for (const path of actPaths) {
  test(`/${path}: scrolling the whole chapter breaks no policy, logs no error, writes no cookie or storage`, async ({ page, context, baseURL }) => {
    const watch = watchPage(page, new URL(baseURL as string).origin);
    await page.goto(path);
    for (const section of await sections(page).all()) {
      const steps = section.locator('.step');
      for (let i = 0; i < (await steps.count()); i += 1) {
        await scrollToStep(page, steps.nth(i));
        await expectChartAt(section, (await steps.nth(i).getAttribute('data-scene')) as string);
      }
    }
    await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(storage).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });
  });
}
