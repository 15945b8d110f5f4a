// Renders the PDFs from the built site: one per chapter and one for the whole documentary, into
// dist/pdf/, as listed in the manifest the build wrote (dist/pdf/editions.json), with Playwright's
// Chromium (found as the tests find it), then puts a download link with page count and size on
// each chapter page and on the contents page. Pages print side by side (--concurrency), and a
// page whose content hash is in the cache gets its PDF copied instead of printed. Without a
// browser it warns, leaves the links out, and exits 0 so the build still succeeds.
// Usage: node scripts/pdf/cli.ts [--format A4|Letter] [--out dist] [--concurrency N (default: CPU count)] [--cache-dir DIR | --no-cache]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { findChromium, chromiumArgs, NO_CHROMIUM_HELP } from '../shared/findChromium.ts';
import { mapConcurrent } from '../shared/mapConcurrent.ts';
import { replaceFile } from '../shared/replaceFile.ts';
import { startStaticServer, type RunningServer } from '../serve/staticServer.ts';
import { setDocumentInfo } from './documentInfo.ts';
import { countPdfPages, downloadLink, parseFormat, pdfJobs, type PdfJob } from './jobs.ts';
import { readManifest } from './readManifest.ts';
import { chapterHash } from './chapterHash.ts';
import { DEFAULT_PDF_CACHE, PdfCache } from './pdfCache.ts';
import { pdfSlot } from '../../src/site/print.ts';
import { normaliseBase } from '../../src/site/base.ts';
import { SITE_AUTHOR } from '../../src/site/publication.ts';
import { PDF_MANIFEST_PATH } from '../../src/site/pdfManifest.ts';

const { values } = parseArgs({
  options: {
    format: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    concurrency: { type: 'string', default: process.env['PDF_CONCURRENCY'] ?? String(availableParallelism()) },
    cache: { type: 'boolean', default: true },
    'cache-dir': { type: 'string', default: DEFAULT_PDF_CACHE },
  },
  allowNegative: true,
});
const format = parseFormat(values.format ?? process.env['PDF_FORMAT']);
const dist = values.out;
const base = normaliseBase(process.env['BASE_PATH']);
const concurrency = Number(values.concurrency);
// --no-cache prints every page and keeps nothing.
const cache = new PdfCache(values.cache ? values['cache-dir'] : undefined);

const browserChoice = findChromium(process.env, () => chromium.executablePath());
if (!browserChoice) {
  console.warn(`\n[pdf] WARNING: PDFs not made, download links left out.\n${NO_CHROMIUM_HELP}\n`);
  process.exit(0);
}

const manifestFile = `${dist}/${PDF_MANIFEST_PATH}`;
const jobs = pdfJobs(readManifest(readFileSync(manifestFile, 'utf8'), manifestFile), format);
mkdirSync(`${dist}/pdf`, { recursive: true });

// Everything besides the page's files that shapes a PDF; change a print option and every
// cached PDF is printed again.
const PRINT_OPTIONS = { format, printBackground: true, tagged: true, outline: true, preferCSSPageSize: false } as const;
const renderer = { print: PRINT_OPTIONS, media: 'print', reducedMotion: 'reduce', javaScript: false, browser: browserChoice.path, author: SITE_AUTHOR };
const read = (path: string) => (existsSync(join(dist, path)) ? readFileSync(join(dist, path)) : undefined);

const started = performance.now();
let server: RunningServer | undefined;
let browser: Browser | undefined;
let context: BrowserContext | undefined;
const openBrowser = async (): Promise<BrowserContext> => {
  // Started on the first miss only: a build whose chapters all hit the cache needs no Chromium.
  server ??= await startStaticServer({ root: dist, base });
  browser ??= await chromium.launch({ executablePath: browserChoice.path, args: chromiumArgs(process.getuid?.() === 0) });
  // No JavaScript: what prints is the server-rendered HTML and its print figures, which need
  // none, and a page without scripts has nothing to fetch or hydrate after its load event.
  context ??= await browser.newContext({ reducedMotion: 'reduce', javaScriptEnabled: false });
  return context;
};
let opening: Promise<BrowserContext> | undefined;

async function render(job: PdfJob): Promise<{ pages: number; bytes: number; cached: boolean; ms: number }> {
  const jobStart = performance.now();
  const target = `${dist}/pdf/${job.fileName}`;
  const hash = chapterHash({ htmlPath: `${job.page}index.html`, base, options: { renderer, job }, read });
  const hit = cache.restore(hash, target);
  if (hit) return { ...hit, cached: true, ms: performance.now() - jobStart };
  const page = await (await (opening ??= openBrowser())).newPage();
  try {
    // Print media from the start: the page is laid out once, for paper, and loads only what print uses.
    await page.emulateMedia({ media: 'print' });
    await page.goto(`${server?.url}${job.page}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const raw = await page.pdf(PRINT_OPTIONS);
    const pdf = setDocumentInfo(raw, { title: job.title, author: SITE_AUTHOR, subject: job.subject, keywords: 'The Neural Fabric, documentary, 2145' });
    writeFileSync(target, pdf);
    const pages = countPdfPages(pdf);
    cache.store(hash, pdf, pages);
    return { pages, bytes: pdf.length, cached: false, ms: performance.now() - jobStart };
  } finally {
    await page.close();
  }
}

try {
  // The longest page first, so it does not start last and keep the others waiting.
  const order = [...jobs].sort((a, b) => (read(`${b.page}index.html`)?.length ?? 0) - (read(`${a.page}index.html`)?.length ?? 0));
  const outcomes = new Map(await mapConcurrent(order, concurrency, async (job) => [job, await render(job)] as const));
  const rows: string[] = [];
  for (const job of jobs) {
    const outcome = outcomes.get(job);
    if (!outcome) continue;
    const html = `${dist}/${job.linkedFrom}`;
    const link = downloadLink(`${base}pdf/${job.fileName}`, job.label, format, outcome.pages, outcome.bytes);
    // A page that already carries a link (npm run pdf on a rendered dist/) gets it replaced. Whole:
    // the e-book step may be reading the page at the same moment.
    replaceFile(html, (text) => text.replace(pdfSlot(job.slot), link).replace(/<p class="pdf-download">[\s\S]*?<\/p>/, link));
    const how = outcome.cached ? 'from cache' : `${(outcome.ms / 1000).toFixed(1)} s`;
    rows.push(`${job.fileName.padEnd(52)} ${String(outcome.pages).padStart(4)} pages ${String(Math.round(outcome.bytes / 1024)).padStart(6)} KB ${how.padStart(10)}`);
  }
  cache.prune();
  const printed = [...outcomes.values()].filter((outcome) => !outcome.cached).length;
  console.log(`[pdf] ${format}, Chromium from ${browserChoice.source}, ${concurrency} at a time:\n  ${rows.join('\n  ')}`);
  console.log(`[pdf] ${jobs.length} PDFs (${printed} printed, ${jobs.length - printed} from cache) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
} finally {
  await browser?.close();
  await server?.close();
}
