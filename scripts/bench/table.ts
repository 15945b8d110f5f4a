// Prints a benchmark run as a plain-text table, one row per page, for a terminal or a report.
// Pure: takes the results, returns a string.
import { pageLabel } from './pages.ts';
import type { PageResult } from './result.ts';
import { formatBytes } from '../shared/formatBytes.ts';

const HEADERS = ['page', 'JS gz', 'CSS gz', 'HTML gz', 'font gz', 'req', '3rd', 'CLS', 'LCP ms', 'LT load', 'LT scroll', 'LT max', 'p95 fr', 'LH p/a/bp/seo', 'steps'];
const LEFT = new Set([0, 13]);

/** A size cell: "0" for none, so pages without JavaScript stand out. */
export function sizeCell(bytes: number): string {
  return bytes === 0 ? '0' : formatBytes(bytes, 1);
}

export function lighthouseCell(outcome: PageResult['lighthouse']): string {
  if ('skipped' in outcome) return 'skipped';
  if ('error' in outcome) return 'error';
  const { scores } = outcome;
  return [scores.performance, scores.accessibility, scores['best-practices'], scores.seo].map((s) => (s === null ? '-' : String(s))).join('/');
}

function row(result: PageResult): string[] {
  const { browser } = result;
  const label = pageLabel(result.page);
  if ('error' in browser) return [label, 'browser run failed', '', '', '', '', '', '', '', '', '', '', '', lighthouseCell(result.lighthouse), ''];
  return [
    label,
    sizeCell(browser.bytes.js.gz),
    sizeCell(browser.bytes.css.gz),
    sizeCell(browser.bytes.html.gz),
    sizeCell(browser.bytes.font.gz),
    String(browser.requests),
    String(browser.thirdParty.length),
    browser.cls.toFixed(3),
    browser.lcpMs === null ? '-' : String(Math.round(browser.lcpMs)),
    String(browser.loadLongTasks.count),
    String(browser.scrollLongTasks.count),
    String(Math.round(Math.max(browser.loadLongTasks.maxMs, browser.scrollLongTasks.maxMs))),
    browser.frameP95Ms.toFixed(1),
    lighthouseCell(result.lighthouse),
    browser.steps.total === 0 ? '-' : `${browser.steps.seen}/${browser.steps.total}`,
  ];
}

export function formatTable(results: readonly PageResult[]): string {
  const rows = [HEADERS, ...results.map(row)];
  const widths = HEADERS.map((_, column) => Math.max(...rows.map((cells) => (cells[column] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (LEFT.has(column) ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADERS), rule, ...rows.slice(1).map(line)].join('\n');
}
