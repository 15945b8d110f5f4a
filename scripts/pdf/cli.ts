// Renders the PDFs from the built site: one per chapter and one for the whole documentary, into
// dist/pdf/, as listed in the manifest the build wrote (dist/pdf/editions.json), with Playwright's
// Chromium (found as the tests find it), then puts a download link with page count and size on
// each chapter page and on the contents page. Without a browser it
// warns, leaves the links out, and exits 0 so the build still succeeds.
// Usage: node scripts/pdf/cli.ts [--format A4|Letter] [--out dist]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findChromium, chromiumArgs, NO_CHROMIUM_HELP } from '../shared/findChromium.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { setDocumentInfo } from './documentInfo.ts';
import { countPdfPages, downloadLink, parseFormat, pdfJobs } from './jobs.ts';
import { readManifest } from './readManifest.ts';
import { pdfSlot } from '../../src/lib/pdfSlot.ts';
import { normaliseBase } from '../../src/lib/normaliseBase.ts';
import { SITE_AUTHOR } from '../../src/lib/site.ts';
import { PDF_MANIFEST_PATH } from '../../src/site/pdfManifest.ts';

const { values } = parseArgs({ options: { format: { type: 'string' }, out: { type: 'string', default: 'dist' } } });
const format = parseFormat(values.format ?? process.env['PDF_FORMAT']);
const dist = values.out;
const base = normaliseBase(process.env['BASE_PATH']);

const browserChoice = findChromium(process.env, () => chromium.executablePath());
if (!browserChoice) {
  console.warn(`\n[pdf] WARNING: PDFs not made, download links left out.\n${NO_CHROMIUM_HELP}\n`);
  process.exit(0);
}

const manifestFile = `${dist}/${PDF_MANIFEST_PATH}`;
const jobs = pdfJobs(readManifest(readFileSync(manifestFile, 'utf8'), manifestFile), format);
mkdirSync(`${dist}/pdf`, { recursive: true });

const started = performance.now();
const server = await startStaticServer({ root: dist, base });
const browser = await chromium.launch({ executablePath: browserChoice.path, args: chromiumArgs(process.getuid?.() === 0) });
const context = await browser.newContext({ reducedMotion: 'reduce' });
const page = await context.newPage();
const rows: string[] = [];

for (const job of jobs) {
  const jobStart = performance.now();
  await page.goto(`${server.url}${job.page}`, { waitUntil: 'networkidle' });
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const raw = await page.pdf({ format, printBackground: true, tagged: true, outline: true, preferCSSPageSize: false });
  const pdf = setDocumentInfo(raw, { title: job.title, author: SITE_AUTHOR, subject: job.subject, keywords: 'The Neural Fabric, documentary, 2145' });
  writeFileSync(`${dist}/pdf/${job.fileName}`, pdf);
  const pages = countPdfPages(pdf);
  const html = `${dist}/${job.linkedFrom}`;
  const link = downloadLink(`${base}pdf/${job.fileName}`, job.label, format, pages, pdf.length);
  writeFileSync(html, readFileSync(html, 'utf8').replace(pdfSlot(job.slot), link));
  rows.push(`${job.fileName.padEnd(52)} ${String(pages).padStart(4)} pages ${String(Math.round(pdf.length / 1024)).padStart(6)} KB ${((performance.now() - jobStart) / 1000).toFixed(1).padStart(6)} s`);
}

await browser.close();
await server.close();
console.log(`[pdf] ${format}, Chromium from ${browserChoice.source}:\n  ${rows.join('\n  ')}`);
console.log(`[pdf] ${jobs.length} PDFs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
