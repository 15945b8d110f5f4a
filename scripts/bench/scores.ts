// Reads a Lighthouse result (the LHR JSON): the four category scores out of 100 and, for each
// category short of 100, the audits that held it back. Pure: takes the plain JSON object, so it
// knows nothing of how Lighthouse was run.
import { shortUrl } from './shortUrl.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Scores = Record<Category, number | null>;

/** The slice of a Lighthouse result this module reads. */
export interface LighthouseResult {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { id: string; title: string; score: number | null; scoreDisplayMode: string; displayValue?: string; details?: unknown } | undefined>;
  runtimeError?: { code: string; message: string };
}

export interface FailedAudit {
  category: Category;
  id: string;
  title: string;
  /** 0..1, or null when the audit errored. */
  score: number | null;
  displayValue?: string;
  /** Up to three things the audit points at: resource files, element selectors, or the checks it failed. */
  culprits: string[];
}

export function scoresOf(lhr: LighthouseResult): Scores {
  const score = (id: Category) => {
    const value = lhr.categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  return { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') };
}

/** Audits scored below 1 (or that errored) in every category short of 100. Informative, manual
 *  and not-applicable audits carry no score and are left out. */
export function failedAudits(lhr: LighthouseResult): FailedAudit[] {
  const failed: FailedAudit[] = [];
  for (const category of CATEGORIES) {
    const entry = lhr.categories[category];
    if (!entry || entry.score === 1) continue;
    for (const ref of entry.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const errored = audit.scoreDisplayMode === 'error';
      const scored = ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) && audit.score !== null && audit.score < 1;
      if (!errored && !scored) continue;
      const displayValue = audit.displayValue ? { displayValue: audit.displayValue } : {};
      failed.push({ category, id: audit.id, title: audit.title, score: errored ? null : audit.score, ...displayValue, culprits: culprits(audit.details) });
    }
  }
  return failed;
}

/** What an audit's details table or checklist names: the file of each resource, the selector of
 *  each element, or the label of each failed check; the first three, without repeats. */
export function culprits(details: unknown, limit = 3): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (!value || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (record['type'] === 'checklist' && record['items'] && typeof record['items'] === 'object') {
      for (const check of Object.values(record['items'] as Record<string, { label?: unknown; value?: unknown }>)) {
        if (check.value === false && typeof check.label === 'string') found.push(check.label);
      }
      return;
    }
    if (typeof record['url'] === 'string') found.push(shortUrl(record['url']));
    const node = record['node'] as { type?: unknown; selector?: unknown } | undefined;
    if (node?.type === 'node' && typeof node.selector === 'string') found.push(node.selector);
    if (Array.isArray(record['items'])) record['items'].forEach(visit);
  };
  visit(details);
  return [...new Set(found)].slice(0, limit);
}

/** Several Lighthouse runs of one page as one outcome: each category's worst score (a category
 *  is only at 100 if every run said so), and each audit that cost points in any run, at its worst
 *  score. A run that could not finish makes the whole outcome an error: a missing run is not a
 *  passing one. */
export function worstOfRuns(runs: readonly ({ scores: Scores; failed: FailedAudit[] } | { error: string })[]): { scores: Scores; failed: FailedAudit[]; runs: number } | { error: string } {
  const errored = runs.find((run): run is { error: string } => 'error' in run);
  if (errored) return { error: `${errored.error} (${runs.filter((run) => 'error' in run).length} of ${runs.length} runs)` };
  const done = runs as readonly { scores: Scores; failed: FailedAudit[] }[];
  if (done.length === 0) return { error: 'no run' };
  const worst = (category: Category): number | null => {
    const values = done.map((run) => run.scores[category]);
    return values.some((value) => value === null) ? null : Math.min(...(values as number[]));
  };
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, worst(category)])) as Scores;
  const failed = new Map<string, FailedAudit>();
  for (const audit of done.flatMap((run) => run.failed)) {
    const key = `${audit.category} ${audit.id}`;
    const seen = failed.get(key);
    if (!seen || (audit.score ?? -1) < (seen.score ?? -1)) failed.set(key, audit);
  }
  return { scores, failed: [...failed.values()], runs: done.length };
}
