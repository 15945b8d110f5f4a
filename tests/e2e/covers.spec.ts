// The covers, social cards, icons, feed and metadata as built: every page names a card that
// exists and is the right size, the JSON-LD names the five chapters in order, the feed is Atom,
// and the covers cost no JavaScript, little HTML and no layout shift.
import { expect, test } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { filesUnder } from './support/distLinks.ts';
import { atomProblems } from './support/atomProblems.ts';
import { actPaths } from './support/pages.ts';

const SITE = 'https://neural-fabric.example/';
const pages = filesUnder('dist', '.html');
const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];
const fileOf = (url: string) => `dist/${url.replace(SITE, '')}`;
/** Width and height from a PNG's IHDR chunk. */
const pngSize = (file: string) => {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
};
const actTitles = readdirSync('content/acts')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => /^title: (.+)$/m.exec(readFileSync(`content/acts/${f}`, 'utf8'))?.[1]);

test('every page names its own 1200x630 card under 300 KB, with its size, alt text and type', () => {
  const cards = new Set<string>();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const image = meta(html, 'og:image') ?? '';
    expect(image, file).toMatch(new RegExp(`^${SITE}cards/.+\\.png$`));
    expect(meta(html, 'twitter:image'), file).toBe(image);
    expect(meta(html, 'twitter:card'), file).toBe('summary_large_image');
    expect([meta(html, 'og:image:width'), meta(html, 'og:image:height')], file).toEqual(['1200', '630']);
    expect(meta(html, 'og:image:alt')?.length, file).toBeGreaterThan(20);
    expect(meta(html, 'og:type'), file).toBe(file.includes('/acts/') ? 'article' : 'website');
    expect(pngSize(fileOf(image)), image).toEqual([1200, 630]);
    expect(readFileSync(fileOf(image)).length, image).toBeLessThan(300 * 1024);
    cards.add(image);
  }
  expect(cards.size).toBe(pages.length);
});

test('every page carries theme colours for light and dark, the icons, the manifest and the feed', () => {
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    expect(html.match(/<meta name="theme-color" media="\(prefers-color-scheme: (light|dark)\)"/g), file).toHaveLength(2);
    expect(html, file).toContain('<link rel="alternate" type="application/atom+xml"');
    expect(html, file).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(html, file).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml"');
    expect(html, file).toContain('<link rel="apple-touch-icon" href="/icons/apple-touch-icon.png" sizes="180x180"');
  }
});

test('the JSON-LD of every page parses and names the five chapters in order, each with its PDF', () => {
  for (const file of pages) {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(readFileSync(file, 'utf8'))?.[1];
    const data = JSON.parse(block ?? 'null') as { '@type': string; hasPart: { position: number; name: string; url: string; encoding: { contentUrl: string } }[] };
    expect(data['@type'], file).toBe('Book');
    expect(data.hasPart.map((p) => p.name), file).toEqual(actTitles);
    expect(data.hasPart.map((p) => p.position)).toEqual([1, 2, 3, 4, 5]);
    for (const part of data.hasPart) {
      expect(part.url).toMatch(/^https:\/\/neural-fabric\.example\/acts\/[a-z-]+\/$/);
      expect(part.encoding.contentUrl).toMatch(/^https:\/\/neural-fabric\.example\/pdf\/.+\.pdf$/);
    }
  }
});

test('the manifest names icons that exist at the sizes it declares', () => {
  const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as { name: string; icons: { src: string; sizes: string; type: string }[] };
  expect(manifest.name).toBe('The Neural Fabric');
  for (const icon of manifest.icons) {
    const file = `dist${icon.src}`;
    if (icon.type === 'image/png') expect(pngSize(file).join('x'), icon.src).toBe(icon.sizes);
    else expect(readFileSync(file, 'utf8')).toMatch(/^<svg /);
  }
  expect(pngSize('dist/icons/icon-32.png')).toEqual([32, 32]);
  expect(pngSize('dist/icons/apple-touch-icon.png')).toEqual([180, 180]);
});

test('the feed is valid Atom listing the five chapters in order, each linking to a built page and card', () => {
  const xml = readFileSync('dist/feed.xml', 'utf8');
  expect(atomProblems(xml)).toEqual([]);
  const links = [...xml.matchAll(/<link rel="alternate" type="text\/html" href="([^"]+)"\/>/g)].map((m) => m[1] as string).slice(1);
  expect(links).toEqual(actPaths.map((path) => `${SITE}${path}`));
  for (const link of links) expect(readFileSync(`${fileOf(link)}index.html`, 'utf8')).toContain('class="act-cover"');
  for (const m of xml.matchAll(/img src=&quot;([^&]+)&quot;/g)) expect(pngSize(fileOf(m[1] as string))).toEqual([1200, 630]);
});

for (const path of actPaths) {
  test(`/${path} grows by at most 8 KB gzipped for its cover`, () => {
    const html = readFileSync(`dist/${path}index.html`, 'utf8');
    const start = html.indexOf('<figure class="act-cover');
    const end = html.indexOf('</figure>', start) + '</figure>'.length;
    expect(start).toBeGreaterThan(0);
    const without = html.slice(0, start) + html.slice(end);
    const growth = gzipSync(html).length - gzipSync(without).length;
    console.log(`${path}: cover adds ${growth} bytes gzipped`);
    expect(growth).toBeGreaterThan(500);
    expect(growth).toBeLessThanOrEqual(8 * 1024);
  });
}

test('a chapter opens on its cover: decorative, sized before it paints, captioned, with no console error and no layout shift', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.addInitScript(() => {
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('acts/the-split/');
  const art = page.locator('.chapter-head .act-cover svg');
  await expect(art).toHaveAttribute('aria-hidden', 'true');
  await expect(art).toHaveAttribute('viewBox', '0 0 1200 630');
  const box = await art.boundingBox();
  expect((box?.width ?? 0) / (box?.height ?? 1)).toBeCloseTo(1200 / 630, 1);
  await expect(page.locator('.chapter-head .act-cover figcaption')).toHaveText(/^Drawn from Act 1's data: /);
  await page.waitForLoadState('load');
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBeLessThan(0.01);
  expect(errors).toEqual([]);
});

test('the contents show each act\'s cover as a sized, decorative image that loads, in light and dark', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto('');
    const thumbs = page.locator('.act-card img.cover-thumb');
    await expect(thumbs).toHaveCount(actPaths.length);
    for (const thumb of await thumbs.all()) {
      await expect(thumb).toHaveAttribute('alt', '');
      await expect(thumb).toHaveAttribute('width', '1200');
      await expect(thumb).toHaveAttribute('height', '630');
    }
    await thumbs.first().scrollIntoViewIfNeeded();
    expect(await thumbs.first().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
  }
  // The JSON-LD block and the icons' links raise no Content-Security-Policy complaint.
  expect(errors).toEqual([]);
});
