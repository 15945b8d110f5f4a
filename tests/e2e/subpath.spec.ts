// The same sources built for a sub-path (as on GitHub Pages project sites) and served there:
// crawling every page finds no broken link, asset, font, PDF or e-book; addresses carry site + base.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startStaticServer, type RunningServer } from '../../scripts/serve/staticServer.ts';
import { brokenLinks } from './support/distLinks.ts';

const BASE = '/stories/neural-fabric/';
const SITE = 'https://example.org';
let out = '';
let server: RunningServer;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(180_000);
  out = mkdtempSync(join(tmpdir(), 'nf-subpath-'));
  const env = { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, ASTRO_TELEMETRY_DISABLED: '1' };
  const build = spawnSync('npx', ['astro', 'build', '--outDir', out], { env, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  const pdf = spawnSync('node', ['scripts/pdf/cli.ts', '--out', out], { env, encoding: 'utf8' });
  expect(pdf.status, pdf.stderr).toBe(0);
  const epub = spawnSync('node', ['scripts/epub/cli.ts', '--out', out], { env, encoding: 'utf8' });
  expect(epub.status, epub.stderr).toBe(0);
  server = await startStaticServer({ root: out, base: BASE });
});

test.afterAll(async () => {
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

test('every file under the sub-path build resolves its internal references', () => {
  expect(brokenLinks(out, BASE)).toEqual([]);
});

test('crawling the served sub-path site from its front page reaches every page with no broken reference', async ({ request }) => {
  const origin = new URL(server.url).origin;
  const queue = [server.url];
  const seen = new Set<string>();
  const broken: string[] = [];
  let pages = 0;
  while (queue.length > 0) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url);
    if (response.status() !== 200) {
      broken.push(`${url}: ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    const body = type.startsWith('text/') ? await response.text() : '';
    if (type.startsWith('text/html')) {
      pages += 1;
      for (const m of body.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"#]+)/g)) {
        const next = new URL(m[1] as string, url);
        if (next.origin === origin) queue.push(next.href);
      }
      // Preview images are absolute addresses on the site: they must exist under its base.
      for (const m of body.matchAll(/<meta (?:property|name)="(?:og|twitter):image" content="([^"]+)"/g)) {
        expect(m[1], url).toMatch(new RegExp(`^${SITE}${BASE}`));
        queue.push(new URL((m[1] as string).slice(SITE.length), origin).href);
      }
    } else if (type.startsWith('application/manifest+json')) {
      for (const icon of (JSON.parse(await response.text()) as { icons: { src: string }[] }).icons) queue.push(new URL(icon.src, url).href);
    } else if (type.startsWith('text/css')) {
      for (const m of body.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) queue.push(new URL(m[1] as string, url).href);
    }
  }
  expect(broken).toEqual([]);
  const inSitemap = (readFileSync(join(out, 'sitemap-0.xml'), 'utf8').match(/<loc>/g) ?? []).length;
  expect(pages).toBe(inSitemap);
  expect([...seen].some((u) => u.endsWith('.woff2'))).toBe(true);
  expect([...seen].filter((u) => u.endsWith('.pdf'))).toHaveLength(6);
  expect([...seen].filter((u) => u.endsWith('.epub'))).toEqual([`${server.url}ebook/the-neural-fabric.epub`]);
  expect([...seen].filter((u) => /\/cards\/.+\.png$/.test(u))).toHaveLength(pages);
  for (const icon of ['favicon.svg', 'icons/icon-32.png', 'icons/apple-touch-icon.png', 'icons/icon-192.png', 'icons/icon-512.png', 'manifest.webmanifest', 'feed.xml']) {
    expect(seen.has(`${server.url}${icon}`), icon).toBe(true);
  }
  for (const u of seen) expect(new URL(u).pathname.startsWith(BASE), u).toBe(true);
});

test('canonical addresses and the sitemap use the site address and the base', () => {
  const html = readFileSync(join(out, 'acts/dissonance/index.html'), 'utf8');
  expect(html).toContain(`<link rel="canonical" href="${SITE}${BASE}acts/dissonance/">`);
  const sitemap = readFileSync(join(out, 'sitemap-0.xml'), 'utf8');
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  expect(locations.length).toBeGreaterThanOrEqual(16);
  for (const location of locations) expect(location.startsWith(`${SITE}${BASE}`), location).toBe(true);
});

test('an unknown address under the sub-path gets the 404 page, whose links work', async ({ page }) => {
  const response = await page.goto(`${server.url}no/such/page/`);
  expect(response?.status()).toBe(404);
  await page.getByRole('link', { name: 'contents', exact: true }).click();
  await expect(page).toHaveURL(server.url);
  await expect(page.locator('h1')).toHaveText('The Neural Fabric');
});

test('a chapter under the sub-path scrolls its charts with no error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}acts/the-split/`);
  const section = page.locator('section[data-scrolly]').first();
  const step = section.locator('.step').nth(2);
  await step.evaluate((e) => window.scrollTo({ top: e.getBoundingClientRect().top + window.scrollY - window.innerHeight / 2 + 40, behavior: 'instant' }));
  await expect(section.locator('figure.chart')).toHaveAttribute('data-scene', (await step.getAttribute('data-scene')) as string);
  expect(errors).toEqual([]);
});
