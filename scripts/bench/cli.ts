// The benchmark: builds the site and its PDFs into a temporary folder (timing each), then a
// synthetic story four times as long to see how the build scales; serves ours on
// 127.0.0.1, measures every page of its sitemap in Chromium at 4x CPU slowdown while scrolling it
// top to bottom, runs Lighthouse (mobile) on each, then prints a table and the budget shortfalls
// and writes bench/results/latest.json. Leaves dist/ alone.
// Usage: npm run bench [-- --no-lighthouse] [-- --lighthouse-runs N (default 3)] [-- --no-synthetic]   (node scripts/bench/cli.ts)
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, findChromium, NO_CHROMIUM_HELP } from '../shared/findChromium.ts';
import { startStaticServer } from '../serve/staticServer.ts';
import { normaliseBase } from '../../src/site/base.ts';
import { buildRun, type BuildRun } from './buildRun.ts';
import { growthTable } from './growth.ts';
import { syntheticProject } from './syntheticProject.ts';
import { isChapter, pageLabel, pagesFromSitemap } from './pages.ts';
import { CPU_THROTTLING, measurePage, SCROLL_STEP_PX, VIEWPORT } from './browser.ts';
import { runLighthouse } from './lighthouse.ts';
import { worstOfRuns } from './scores.ts';
import { formatTable } from './table.ts';
import { shortfalls } from './budget.ts';
import type { BenchResult, PageResult } from './result.ts';

const { values } = parseArgs({ options: { lighthouse: { type: 'boolean', default: true }, 'lighthouse-runs': { type: 'string', default: '3' }, synthetic: { type: 'boolean', default: true } }, allowNegative: true });
/** Lighthouse runs per page, in a row: a score counts as 100 only if every run gave it. */
const lighthouseRuns = Number(values['lighthouse-runs']);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error(`--lighthouse-runs: expected a whole number of at least 1, got "${values['lighthouse-runs']}"`);
/** How much longer the synthetic story is than ours. */
const TIMES = 4;
const pdfConcurrency = Number(process.env['PDF_CONCURRENCY'] ?? availableParallelism());
const log = (message: string) => console.error(`[bench] ${message}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const round2 = (value: number) => Math.round(value * 100) / 100;

const browserChoice = findChromium(process.env, () => chromium.executablePath());
if (!browserChoice) {
  console.error(NO_CHROMIUM_HELP);
  process.exit(1);
}
const chromeFlags = chromiumArgs(process.getuid?.() === 0);
const base = normaliseBase(process.env['BASE_PATH']);
const started = performance.now();
const loadAtStart = loadavg()[0] ?? 0;
const out = mkdtempSync(join(tmpdir(), 'neural-fabric-bench-'));

try {
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  log(`building into ${out}`);
  const ours = await buildRun('.', out, env, pdfConcurrency);
  log(`build ${seconds(ours.buildMs)}; PDFs and e-book ${seconds(ours.pdfColdMs)} with PDFs printed, ${seconds(ours.pdfWarmMs)} from cache`);
  let synthetic: BuildRun | undefined;
  if (values.synthetic) {
    const project = syntheticProject('.', TIMES);
    try {
      log(`building a story ${TIMES} times as long in ${project}`);
      synthetic = await buildRun(project, join(project, 'dist'), env, pdfConcurrency);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  }

  const pages = pagesFromSitemap(readFileSync(join(out, 'sitemap-0.xml'), 'utf8'), base);
  const server = await startStaticServer({ root: out, base });
  const results: PageResult[] = pages.map((page) => ({ page, chapter: isChapter(page), browser: { error: 'not run' }, lighthouse: { skipped: true } }));
  let chromiumVersion = 'unknown';
  try {
    const browser = await chromium.launch({ executablePath: browserChoice.path, args: chromeFlags });
    chromiumVersion = browser.version();
    for (const result of results) {
      const pageStart = performance.now();
      try {
        result.browser = await measurePage(browser, `${server.url}${result.page}`);
      } catch (error) {
        result.browser = { error: (error as Error).message.split('\n')[0] ?? 'unknown error' };
      }
      log(`${pageLabel(result.page)}: browser ${seconds(performance.now() - pageStart)}`);
    }
    await browser.close();

    if (values.lighthouse) {
      for (const result of results) {
        const pageStart = performance.now();
        const runs = [];
        for (let run = 0; run < lighthouseRuns; run += 1) runs.push(await runLighthouse(`${server.url}${result.page}`, browserChoice.path, chromeFlags));
        result.lighthouse = worstOfRuns(runs);
        const note = 'error' in result.lighthouse ? `Lighthouse could not run: ${result.lighthouse.error}` : `Lighthouse ${seconds(performance.now() - pageStart)}`;
        log(`${pageLabel(result.page)}: ${note}`);
      }
    }
  } finally {
    await server.close();
  }

  const report: BenchResult = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      os: `${type()} ${release()}`,
      node: process.version,
      chromium: chromiumVersion,
      chromiumPath: browserChoice.path,
      loadAverage: { start: round2(loadAtStart), end: round2(loadavg()[0] ?? 0) },
    },
    settings: { cpuThrottling: CPU_THROTTLING, viewport: VIEWPORT, scrollStepPx: SCROLL_STEP_PX, gzipLevel: 9, lighthouse: values.lighthouse ? `default config (mobile), worst of ${lighthouseRuns} runs in a row per page` : 'skipped' },
    buildMs: Math.round(ours.buildMs),
    pdfMs: Math.round(ours.pdfColdMs),
    pdfCachedMs: Math.round(ours.pdfWarmMs),
    pdfConcurrency,
    ...(synthetic ? { synthetic: { times: TIMES, ours, longer: synthetic } } : {}),
    benchMs: Math.round(performance.now() - started),
    pages: results,
    shortfalls: results.flatMap(shortfalls),
  };

  console.log(formatTable(results));
  console.log(`\nbuild ${seconds(report.buildMs)} · PDFs and e-book ${seconds(report.pdfMs)} (${pdfConcurrency} PDFs at a time; ${seconds(report.pdfCachedMs)} from cache) · whole bench ${seconds(report.benchMs)}`);
  if (synthetic) console.log(`\n${growthTable(ours, synthetic, TIMES)}`);
  console.log(`${report.machine.cpu} × ${report.machine.cores}, ${report.machine.memoryGB} GB, Node ${report.machine.node}, Chromium ${chromiumVersion}`);
  const busiest = Math.max(report.machine.loadAverage.start, report.machine.loadAverage.end);
  if (busiest > report.machine.cores) console.log(`Note: the machine was busy (1-minute load average up to ${busiest} on ${report.machine.cores} cores); times and long tasks are noisier than on an idle machine.`);
  console.log(`Browser runs: ${VIEWPORT.width}×${VIEWPORT.height}, CPU ${CPU_THROTTLING}x slower, scroll ${SCROLL_STEP_PX} px a frame; sizes gzipped here at level 9; LT = long tasks over 50 ms while loading and while scrolling${values.lighthouse ? `; LH = worst of ${lighthouseRuns} Lighthouse runs` : ''}.`);
  for (const result of results) {
    if ('error' in result.lighthouse) console.log(`Lighthouse could not run on ${pageLabel(result.page)}: ${result.lighthouse.error}`);
  }
  console.log(report.shortfalls.length ? `\nShort of budget (${report.shortfalls.length}):\n  ${report.shortfalls.join('\n  ')}` : '\nEvery page within budget.');

  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/latest.json', `${JSON.stringify(report, null, 2)}\n`);
  console.log('\nWrote bench/results/latest.json');
} finally {
  rmSync(out, { recursive: true, force: true });
}
