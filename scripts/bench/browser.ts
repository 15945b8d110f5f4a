// Measures one page in Chromium as a reader on a slow phone would meet it: loads it with the CPU
// slowed 4x, then scrolls it top to bottom in fixed steps, one per animation frame, recording
// bytes, requests, layout shifts, LCP, long tasks and frame times. Browser side only: the sums are
// done by the pure modules it calls.
import type { Browser } from '@playwright/test';
import { isThirdParty, tallyBytes, type Resource } from './bytes.ts';
import { cumulativeLayoutShift, longTasksBetween, percentile, type Task } from './stats.ts';
import { longFrameCauses, shiftCauses, type AttributedShift, type LongFrame } from './causes.ts';
import type { BrowserMetrics } from './result.ts';

export const CPU_THROTTLING = 4;
/** Window size: 1280x800, or BENCH_VIEWPORT=WIDTHxHEIGHT (390x844 measures a phone). */
export const VIEWPORT = (([width, height]) => ({ width: Number(width), height: Number(height) }))((process.env['BENCH_VIEWPORT'] ?? '1280x800').split('x'));
if (!(VIEWPORT.width > 0 && VIEWPORT.height > 0)) throw new Error(`BENCH_VIEWPORT: expected WIDTHxHEIGHT such as 390x844, got "${process.env['BENCH_VIEWPORT']}"`);
export const SCROLL_STEP_PX = 120;
/** Longest page run: past this many frames the step grows, past this time the scroll stops. */
const MAX_FRAMES = 480;
const MAX_SCROLL_MS = 15_000;

interface Recorded {
  shifts: AttributedShift[];
  lcp: number[];
  tasks: Task[];
  frames: LongFrame[];
}

interface ScrollRun {
  start: number;
  end: number;
  deltas: number[];
  scrollPx: number;
  reachedBottom: boolean;
  steps: { seen: number; total: number };
}

export async function measurePage(browser: Browser, url: string): Promise<BrowserMetrics> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLING });
    await page.addInitScript(observe);

    const origin = new URL(url).origin;
    const watch = { requests: 0, thirdParty: [] as string[], problems: [] as string[], bodies: [] as Promise<Resource | undefined>[] };
    page.on('request', (request) => {
      watch.requests += 1;
      if (isThirdParty(request.url(), origin)) watch.thirdParty.push(request.url());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) watch.problems.push(`${response.status()} for ${response.url()}`);
      const contentType = response.headers()['content-type'] ?? '';
      watch.bodies.push(response.body().then((body) => ({ url: response.url(), contentType, body }), () => undefined));
    });
    page.on('requestfailed', (request) => watch.problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`));
    page.on('console', (message) => {
      if (message.type() === 'error') watch.problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => watch.problems.push(`page error: ${error.message}`));

    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForTimeout(500);
    const scroll = await page.evaluate(scrollThrough, { step: SCROLL_STEP_PX, maxFrames: MAX_FRAMES, maxMs: MAX_SCROLL_MS });
    // Islands that began hydrating at the very end of the scroll may still be working: their
    // long tasks count as the scroll's.
    await page.waitForTimeout(500);
    const settled = await page.evaluate(() => performance.now());
    const recorded = await page.evaluate(() => (window as unknown as { __bench: Recorded }).__bench);
    const resources = (await Promise.all(watch.bodies)).filter((r): r is Resource => r !== undefined);

    return {
      bytes: tallyBytes(resources),
      requests: watch.requests,
      thirdParty: watch.thirdParty,
      cls: round(cumulativeLayoutShift(recorded.shifts), 4),
      loadCls: round(cumulativeLayoutShift(recorded.shifts.filter((shift) => shift.startTime < scroll.start)), 4),
      lcpMs: lastBefore(recorded.lcp, scroll.start),
      scrollLongTasks: longTasksBetween(recorded.tasks, scroll.start, settled),
      loadLongTasks: longTasksBetween(recorded.tasks, 0, scroll.start),
      shiftCauses: shiftCauses(recorded.shifts),
      scrollLongFrameCauses: longFrameCauses(recorded.frames, scroll.start, settled),
      loadLongFrameCauses: longFrameCauses(recorded.frames, 0, scroll.start),
      frameP95Ms: round(percentile(scroll.deltas, 95), 1),
      frames: scroll.deltas.length,
      scrollPx: scroll.scrollPx,
      scrollMs: Math.round(scroll.end - scroll.start),
      reachedBottom: scroll.reachedBottom,
      steps: scroll.steps,
      problems: watch.problems,
    };
  } finally {
    await context.close();
  }
}

function round(value: number, digits: number): number {
  return Math.round(value * 10 ** digits) / 10 ** digits;
}

function lastBefore(times: number[], limit: number): number | null {
  const before = times.filter((time) => time < limit);
  return before.length ? (before[before.length - 1] as number) : null;
}

/** Runs in the page before any of its scripts: records what the observers see from the start. */
function observe(): void {
  interface LayoutShiftEntry extends PerformanceEntry {
    value: number;
    hadRecentInput: boolean;
    sources: { node: Node | null }[];
  }
  interface LongFrameEntry extends PerformanceEntry {
    styleAndLayoutStart: number;
    scripts: { duration: number; invoker: string; sourceURL: string }[];
  }
  const store: Recorded = { shifts: [], lcp: [], tasks: [], frames: [] };
  (window as unknown as { __bench: Recorded }).__bench = store;
  const describe = (node: Node | null): string => {
    const element = node instanceof Element ? node : (node?.parentElement ?? null);
    if (!element) return '(removed node)';
    const classes = [...element.classList].filter((name) => !/^(svelte|astro)-/.test(name)).slice(0, 2);
    const self = `${element.localName}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}`;
    const landmark = element.id ? null : element.parentElement?.closest('[id], section, article, main, header, footer');
    return landmark ? `${self} in ${landmark.localName}${landmark.id ? `#${landmark.id}` : ''}` : self;
  };
  const watch = (type: string, record: (entry: PerformanceEntry) => void) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(record)).observe({ type, buffered: true });
    } catch {
      // An entry type this browser lacks leaves its list empty.
    }
  };
  watch('layout-shift', (entry) => {
    const shift = entry as LayoutShiftEntry;
    if (!shift.hadRecentInput) store.shifts.push({ startTime: shift.startTime, value: shift.value, sources: shift.sources.map((source) => describe(source.node)) });
  });
  watch('largest-contentful-paint', (entry) => store.lcp.push(entry.startTime));
  watch('longtask', (entry) => store.tasks.push({ startTime: entry.startTime, duration: entry.duration }));
  watch('long-animation-frame', (entry) => {
    const frame = entry as LongFrameEntry;
    const scripts = frame.scripts.map(({ duration, invoker, sourceURL }) => ({ duration, invoker, sourceURL }));
    store.frames.push({ startTime: frame.startTime, duration: frame.duration, styleAndLayoutStart: frame.styleAndLayoutStart, scripts });
  });
}

/** Runs in the page: scrolls down one step per animation frame until the bottom, noting frame
 *  times and which step each scroll section's chart showed on the way. */
function scrollThrough(options: { step: number; maxFrames: number; maxMs: number }): Promise<ScrollRun> {
  const sections = [...document.querySelectorAll<HTMLElement>('section[data-scrolly]')];
  const stepKeys = sections.flatMap((section, i) => [...section.querySelectorAll<HTMLElement>('.step[data-scene]')].map((step) => `${i}:${step.dataset['scene']}`));
  const seen = new Set<string>();
  const note = () =>
    sections.forEach((section, i) => {
      const scene = section.querySelector<HTMLElement>('figure.chart')?.dataset['scene'];
      if (scene) seen.add(`${i}:${scene}`);
    });
  const bottom = () => (document.scrollingElement ?? document.documentElement).scrollHeight - window.innerHeight;
  const step = Math.max(options.step, Math.ceil(bottom() / options.maxFrames));
  window.scrollTo({ top: 0, behavior: 'instant' });
  return new Promise((resolve) => {
    const start = performance.now();
    const deltas: number[] = [];
    let last = start;
    const frame = (now: number) => {
      deltas.push(now - last);
      last = now;
      note();
      const atBottom = window.scrollY >= bottom() - 1;
      if (atBottom || now - start > options.maxMs) {
        const steps = { seen: stepKeys.filter((key) => seen.has(key)).length, total: stepKeys.length };
        resolve({ start, end: performance.now(), deltas: deltas.slice(1), scrollPx: Math.round(window.scrollY), reachedBottom: atBottom, steps });
        return;
      }
      window.scrollBy({ top: step, behavior: 'instant' });
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
}
