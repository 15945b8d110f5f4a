// The PDFs built with the site (npm run build renders them into dist/pdf/), checked with
// poppler's tools: what a reader opening the file would find.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { pdfPages, pdfinfo, pdffonts, pdfOutlineTitles, squash } from './support/pdf.ts';
import { actPaths } from './support/pages.ts';

const dir = 'dist/pdf';
const chapterFiles = existsSync(dir) ? readdirSync(dir).filter((f) => /-act-\d+-.*(?<!-letter)\.pdf$/.test(f)).sort() : [];
const bookFile = `${dir}/the-neural-fabric.pdf`;

/** Visible text of each step of a built chapter page, in order. */
function stepTexts(slug: string): string[] {
  const html = readFileSync(`dist/acts/${slug}/index.html`, 'utf8');
  return [...html.matchAll(/<div class="step-card">([\s\S]*?)<\/div>/g)].map((m) =>
    (m[1] ?? '').replace(/<p class="step-scene">[\s\S]*?<\/p>/, '').replace(/<[^>]+>/g, ' ').replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'),
  );
}

test('the build made one PDF per chapter and one for the whole documentary', () => {
  expect(chapterFiles).toHaveLength(actPaths.length);
  expect(existsSync(bookFile)).toBe(true);
});

for (const [i, path] of actPaths.entries()) {
  const slug = path.split('/')[1] as string;
  test(`the PDF of act ${i + 1} is tagged A4 with title, author, embedded fonts, every step and every figure`, () => {
    const file = `${dir}/${chapterFiles[i]}`;
    const info = pdfinfo(file);
    expect(info['Tagged']).toBe('yes');
    expect(info['Page size']).toContain('(A4)');
    expect(info['Title']).toMatch(new RegExp(`^The Neural Fabric · Act ${i + 1}: `));
    expect(info['Author']).toBe('The Neural Fabric');
    const fonts = pdffonts(file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    // The site's own (subset) faces, body and labels, page margins included: not a fallback.
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    expect(names).toEqual(expect.arrayContaining(['SourceSerif4-Regular', 'SourceSerif4-Italic', 'Inter-Regular', 'Inter-Bold']));

    const pages = pdfPages(file);
    const all = squash(pages.join(' '));
    const title = info['Title']?.split(': ').slice(1).join(': ') ?? '';
    expect(all).toContain(squash(title));
    const steps = stepTexts(slug);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const text of steps) expect(all).toContain(squash(text));

    // No blank page: each page has text beyond its running head and page number.
    for (const [n, page] of pages.entries()) {
      const body = page.split('\n').filter((line) => !/^\s*(The Neural Fabric · Act|\d+ \/ \d+\s*$)/.test(line)).join('');
      expect(squash(body).length, `page ${n + 1}`).toBeGreaterThan(40);
    }

    // No figure split across pages: each figure's caption and its description share a page.
    const figures = [...readFileSync(`dist/acts/${slug}/index.html`, 'utf8').matchAll(/figure-number">(Figure [\d.]+)<\/span>[\s\S]*?<\/svg>[\s\S]*?<p[^>]*>([^<]{20,})/g)];
    expect(figures.length).toBe(steps.length);
    for (const [, number, description] of figures) {
      const page = pages.find((p) => p.includes(`${number} `));
      expect(page, `${number} is in the PDF`).toBeDefined();
      expect(squash(page ?? ''), `${number} sits on one page`).toContain(squash((description ?? '').slice(0, 40).replace(/&#39;|&quot;|&amp;/g, ' ')).slice(0, 24));
    }
  });
}

test('the book PDF opens with a title page and contents, and its outline lists all five acts', () => {
  const info = pdfinfo(bookFile);
  expect(info['Tagged']).toBe('yes');
  expect(info['Title']).toBe('The Neural Fabric: the complete documentary');
  const pages = pdfPages(bookFile);
  expect(pages[0]).toContain('The Neural Fabric');
  expect(squash(pages[1] ?? '')).toContain(squash('Contents'));
  const outline = pdfOutlineTitles(bookFile);
  for (const title of ['The Split', 'Dissonance', 'Resonance', 'Convergence', 'The New Fabric']) expect(outline).toContain(title);
});

test('chapter pages and the contents offer their PDF with page count and size', async ({ page }) => {
  await page.goto(actPaths[1] as string);
  const link = page.locator('.pdf-download a');
  await expect(link).toHaveAttribute('href', /\/pdf\/the-neural-fabric-act-2-dissonance\.pdf$/);
  await expect(link).toHaveAccessibleName(/^Download Act 2 as a PDF, A4, \d+ pages, [\d.]+ (KB|MB)$/);
  const response = await page.request.get(await link.getAttribute('href') as string);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  await page.goto('');
  await expect(page.locator('.pdf-download a')).toHaveAccessibleName(/^Download the whole documentary as a PDF, A4, \d+ pages, [\d.]+ (KB|MB)$/);
});
