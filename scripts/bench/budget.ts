// What the site promises and where a run falls short of it: JS only on chapters (at most 40 KB
// gzipped), no requests off the site, CLS under 0.01, no long task from load to the end of the
// scroll, every scroll step played, Lighthouse 100 in all four categories in every run. Pure: reads results, returns sentences.
import { pageLabel } from './pages.ts';
import type { PageResult } from './result.ts';
import type { FailedAudit } from './scores.ts';
import { formatBytes } from '../shared/formatBytes.ts';

export const BUDGET = {
  /** Gzipped JavaScript a chapter may load, bytes (40 KiB). Other pages get none. */
  chapterJsGz: 40 * 1024,
  /** CLS must stay below this. */
  cls: 0.01,
  /** Longest task allowed while loading or scrolling, ms (a long task is anything over it). */
  longTaskMs: 50,
} as const;

export function shortfalls(result: PageResult): string[] {
  const page = pageLabel(result.page);
  const found: string[] = [];
  const { browser, lighthouse } = result;
  if ('error' in browser) {
    found.push(`${page}: browser run failed: ${browser.error}`);
  } else {
    const js = browser.bytes.js;
    if (result.chapter && js.gz > BUDGET.chapterJsGz) found.push(`${page}: JS ${formatBytes(js.gz, 1)} gzipped, budget ${formatBytes(BUDGET.chapterJsGz, 1)} per chapter`);
    if (!result.chapter && js.raw > 0) found.push(`${page}: loads ${formatBytes(js.gz, 1)} of JS gzipped, expected none off the chapters`);
    if (browser.thirdParty.length > 0) found.push(`${page}: ${browser.thirdParty.length} third-party requests: ${browser.thirdParty.slice(0, 3).join(', ')}`);
    if (browser.cls >= BUDGET.cls) {
      const causes = browser.shiftCauses.map((cause) => `${cause.source} ${cause.value}`).join(', ');
      found.push(`${page}: CLS ${browser.cls.toFixed(4)} (load ${browser.loadCls.toFixed(4)}), budget < ${BUDGET.cls}${causes ? `; shifted: ${causes}` : ''}`);
    }
    const phases = [
      { when: 'loading', tasks: browser.loadLongTasks, causes: browser.loadLongFrameCauses },
      { when: 'scrolling', tasks: browser.scrollLongTasks, causes: browser.scrollLongFrameCauses },
    ];
    for (const { when, tasks, causes } of phases) {
      if (tasks.count === 0) continue;
      const spent = causes.map((cause) => `${cause.what} ${cause.ms} ms`).join(', ');
      found.push(`${page}: ${tasks.count} long tasks while ${when} at 4x CPU slowdown, longest ${Math.round(tasks.maxMs)} ms (limit ${BUDGET.longTaskMs} ms)${spent ? `; long frames spent: ${spent}` : ''}`);
    }
    if (browser.steps.seen < browser.steps.total) found.push(`${page}: the charts showed ${browser.steps.seen} of ${browser.steps.total} steps during the scroll`);
    if (!browser.reachedBottom) found.push(`${page}: the scroll stopped before the bottom of the page (${browser.scrollPx} px in ${Math.round(browser.scrollMs)} ms)`);
    for (const problem of browser.problems) found.push(`${page}: ${problem}`);
  }
  if ('error' in lighthouse) found.push(`${page}: Lighthouse did not run: ${lighthouse.error}`);
  else if ('scores' in lighthouse) {
    for (const [category, score] of Object.entries(lighthouse.scores)) {
      if (score === 100) continue;
      const audits = lighthouse.failed.filter((audit) => audit.category === category);
      const list = audits.map(describeAudit).join(', ');
      const runs = lighthouse.runs && lighthouse.runs > 1 ? ` (worst of ${lighthouse.runs} runs)` : '';
      found.push(`${page}: Lighthouse ${category} ${score ?? 'no score'}${runs}${list ? `: ${list}` : ''}`);
    }
  }
  return found;
}

function describeAudit(audit: FailedAudit): string {
  const facts = [audit.score === null ? 'error' : audit.score.toFixed(2), audit.displayValue, audit.culprits.join(' + ')].filter(Boolean);
  return `${audit.id} (${facts.join(', ')})`;
}
