// The reading suite in every engine: each chapter scrolled top to bottom and back with each
// chart checked against the step in view, a deep link, a resize, JavaScript off, no console
// error, and the download links. Runs against dist/ (npm run build) on E2E_PORT; WebKitWebDriver
// listens on E2E_PORT + 100. ENGINES=firefox,webkit picks engines (default: all three).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startStaticServer, type RunningServer } from '../../scripts/serve/staticServer.ts';
import { actPaths } from '../e2e/support/pages.ts';
import type { EngineName, EngineOptions, EnginePage } from './engine.ts';
import { openChromium, openFirefox } from './puppeteerEngines.ts';
import { startWebKitDriver, type WebKitDriver } from './webkitDriver.ts';
import { deepLinkedStep, downloads, scrollToFirstSectionStep, settledCharts, staticChapter, unhydratedIslands, walkSteps } from './reader.ts';

/** What a download or feed link must be served as: the PDFs, the e-book and the Atom feed. */
function expectedType(href: string): string {
  if (href.endsWith('.pdf')) return 'application/pdf';
  if (href.endsWith('.epub')) return 'application/epub+zip';
  if (href.endsWith('.xml')) return 'application/xml';
  throw new Error(`${href}: got a download link of no known kind, expected a PDF, the e-book or the feed`);
}

const port = Number(process.env['E2E_PORT'] ?? 4329);
const engines = (process.env['ENGINES'] ?? 'chromium,firefox,webkit').split(',') as EngineName[];
const SIZES = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

let server: RunningServer;
let webkit: WebKitDriver | undefined;
before(async () => {
  server = await startStaticServer({ root: 'dist', port });
  if (engines.includes('webkit')) webkit = await startWebKitDriver(port + 100);
});
after(async () => {
  await webkit?.stop();
  await server?.close();
});

function open(engine: EngineName, options: EngineOptions): Promise<EnginePage> {
  if (engine === 'firefox') return openFirefox(options);
  if (engine === 'chromium') return openChromium(options);
  if (!webkit) throw new Error('WebKitWebDriver was not started');
  return webkit.open(options);
}

for (const engine of engines) {
  describe(`in ${engine}`, () => {
    let page: EnginePage;
    before(async () => {
      page = await open(engine, { javaScript: true });
      console.log(`# ${engine}: ${page.version}`);
    });
    after(() => page?.close());

    for (const size of SIZES) {
      test(`at ${size.name} size (${size.width}x${size.height}) every chapter scrolled down and back up shows each step's state`, async () => {
        const reached = await page.setViewport(size.width, size.height);
        if (reached.width !== size.width) console.log(`# ${engine}: the narrowest window is ${reached.width}x${reached.height}`);
        for (const path of actPaths) {
          await page.goto(`${server.url}${path}`);
          const unread = new Set<string>();
          for (const reverse of [false, true]) {
            const checks = await page.evaluate(walkSteps, reverse);
            // The chart must show the step in view, measured when it is read. That is the step
            // scrolled to, unless the page moved under the reader (WebKit at phone size, logged);
            // every step must still be read, going down or coming back up.
            assert.deepEqual(checks.filter((c) => c.shown !== c.inView), [], `/${path} scrolled ${reverse ? 'up' : 'down'}: chart against the step in view`);
            for (const c of checks) {
              const key = `${c.expected} (step ${c.expectedStep})`;
              if (c.inView !== c.expected) {
                if (!reverse) unread.add(key);
                console.log(`# ${engine}: /${path} moved under the reader at ${key}, scrolling ${reverse ? 'up' : 'down'}`);
              } else unread.delete(key);
            }
          }
          assert.deepEqual([...unread], [], `/${path}: steps never read as scrolled to`);
          assert.equal(await page.evaluate(unhydratedIslands), 0, `/${path}: every chart island hydrated`);
          assert.deepEqual(await page.takeConsoleErrors(), [], `/${path}: console errors`);
        }
      });
    }

    test('a deep link opens the chapter on its step, with the chart in that step\'s state', async () => {
      await page.setViewport(1280, 800);
      const path = actPaths[1] as string;
      await page.goto(`${server.url}${path}`);
      const id = await page.evaluate(() => document.querySelectorAll('section[data-scrolly] .step')[2]?.id ?? '');
      await page.goto(`${server.url}${actPaths[0]}`);
      await page.goto(`${server.url}${path}#${id}`);
      const landed = await page.evaluate(deepLinkedStep, id);
      assert.equal(landed.onScreen, true, `#${id} on screen`);
      assert.equal(landed.shown, landed.scene);
      assert.deepEqual(await page.takeConsoleErrors(), []);
    });

    test('after turning a phone and back, the chart still matches the step in view', async () => {
      await page.setViewport(390, 844);
      await page.goto(`${server.url}${actPaths[0]}`);
      const scene = await page.evaluate(scrollToFirstSectionStep, 2);
      assert.deepEqual(await page.evaluate(settledCharts), [{ shown: scene, inView: scene }]);
      for (const [width, height] of [[844, 390], [390, 844]] as const) {
        await page.setViewport(width, height);
        const reading = await page.evaluate(settledCharts);
        assert.ok(reading.length > 0, `a scroll section in view at ${width}x${height}`);
        for (const { shown, inView } of reading) assert.equal(shown, inView, `at ${width}x${height}`);
      }
      assert.deepEqual(await page.takeConsoleErrors(), []);
    });

    test('every download link resolves to its file', async () => {
      for (const path of ['', ...actPaths]) {
        await page.goto(`${server.url}${path}`);
        const links = await page.evaluate(downloads);
        assert.ok(links.length > 0, `/${path} has a download link`);
        for (const link of links) {
          assert.equal(link.status, 200, link.href);
          assert.equal(link.type, expectedType(link.href), link.href);
          assert.ok(link.bytes > 1_000, `${link.href}: ${link.bytes} bytes`);
        }
      }
      assert.deepEqual(await page.takeConsoleErrors(), []);
    });
  });

  describe(`in ${engine} with JavaScript off`, () => {
    let page: EnginePage;
    before(async () => {
      page = await open(engine, { javaScript: false });
    });
    after(() => page?.close());

    test('every chapter shows all its steps and every chart drawn', async () => {
      await page.setViewport(1280, 800);
      for (const path of actPaths) {
        await page.goto(`${server.url}${path}`);
        const chapter = await page.evaluate(staticChapter);
        assert.equal(chapter.islandsUntouched, chapter.islands, `/${path}: no island hydrated (scripts really off)`);
        assert.ok(chapter.steps >= 4 && chapter.stepsShown === chapter.steps, `/${path}: ${chapter.stepsShown} of ${chapter.steps} steps shown`);
        assert.ok(chapter.charts.length >= 1, `/${path}: charts`);
        for (const chart of chapter.charts) assert.deepEqual(chart, { marks: chart.marks, drawn: true, described: true }, `/${path}`);
        assert.ok(chapter.charts.every((c) => c.marks > 10), `/${path}: marks in every chart`);
        // Where the engine reports scripting off to CSS, the charts stand still at their section's head.
        if (chapter.scriptingNone) assert.equal(chapter.chartsStatic, true, `/${path}: charts static`);
      }
    });
  });
}
