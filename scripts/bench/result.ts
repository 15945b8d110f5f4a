// The shape of one benchmark run, as printed and as written to bench/results/latest.json.
// Types only.
import type { ByteTally } from './bytes.ts';
import type { LongTasks } from './stats.ts';
import type { FailedAudit, Scores } from './scores.ts';
import type { Cause, ShiftCause } from './causes.ts';
import type { BuildRun } from './buildRun.ts';

/** Lighthouse on one page: the worst score of each category over `runs` runs in a row, and the
 *  audits that cost points in any of them. */
export type LighthouseOutcome = { scores: Scores; failed: FailedAudit[]; runs?: number } | { error: string };

export interface BrowserMetrics {
  bytes: ByteTally;
  /** Every request the page made, from navigation to the end of the scroll. */
  requests: number;
  /** URLs of requests to any origin but the site's. */
  thirdParty: string[];
  /** Worst session window over load and scroll. */
  cls: number;
  /** The same, counting only shifts before the scroll began. */
  loadCls: number;
  /** Largest contentful paint before the scroll, ms from navigation; null if none was reported. */
  lcpMs: number | null;
  /** Long tasks while scrolling (and the half second after), and while loading (before the scroll). */
  scrollLongTasks: LongTasks;
  loadLongTasks: LongTasks;
  /** Elements that took part in the most layout shift, over load and scroll. */
  shiftCauses: ShiftCause[];
  /** What filled the long animation frames (over 50 ms) while scrolling, and while loading. */
  scrollLongFrameCauses: Cause[];
  loadLongFrameCauses: Cause[];
  /** 95th percentile of requestAnimationFrame deltas while scrolling, ms. */
  frameP95Ms: number;
  frames: number;
  scrollPx: number;
  scrollMs: number;
  reachedBottom: boolean;
  /** Scroll steps whose scene the chart showed at some point during the scroll, of all steps. */
  steps: { seen: number; total: number };
  /** Console errors, page errors and failed requests. */
  problems: string[];
}

export interface PageResult {
  page: string;
  chapter: boolean;
  browser: BrowserMetrics | { error: string };
  lighthouse: LighthouseOutcome | { skipped: true };
}

export interface BenchResult {
  date: string;
  machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string; chromiumPath: string; loadAverage: { start: number; end: number } };
  settings: { cpuThrottling: number; viewport: { width: number; height: number }; scrollStepPx: number; gzipLevel: number; lighthouse: string };
  buildMs: number;
  /** PDFs printed from scratch, and again with the cache warm. */
  pdfMs: number;
  pdfCachedMs: number;
  pdfConcurrency: number;
  /** Ours next to a synthetic story `times` as long. */
  synthetic?: { times: number; ours: BuildRun; longer: BuildRun };
  benchMs: number;
  pages: PageResult[];
  shortfalls: string[];
}
