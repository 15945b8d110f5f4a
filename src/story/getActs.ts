// The acts as pages need them: checked, in reading order, with slug and reading time derived
// from the files. The one place that turns the acts collection into page data.
import { getCollection, type CollectionEntry } from 'astro:content';
import { actSlug, orderActs } from './actOrder.ts';
import { readingTime } from '../lib/format.ts';
import { checkChapterMarkup } from './checkChapterMarkup.ts';
import { loadTimeline } from './timeline/loadTimeline.ts';
import { CHART_NAMES } from './chartNames.ts';
import { chapterSource, getEvidence } from './getEvidence.ts';

export interface Act {
  entry: CollectionEntry<'acts'>;
  slug: string;
  minutes: number;
}

export async function getActs(): Promise<Act[]> {
  const folder = 'content/acts';
  const entries = orderActs(await getCollection('acts'), folder);
  const rules = { charts: CHART_NAMES, scenes: new Set(loadTimeline().scenes.map((s) => s.id)) };
  const characterIds = new Set((await getCollection('characters')).map((c) => c.id));
  const problems = entries.flatMap((entry) => [
    ...entry.data.characters
      .filter((ref) => !characterIds.has(ref.id))
      .map((ref) => `${folder}/${entry.id}.mdx: field "characters": got "${ref.id}", expected one of ${[...characterIds].join(', ')}`),
    ...checkChapterMarkup(`${folder}/${entry.id}.mdx`, entry.body ?? '', rules),
  ]);
  if (problems.length > 0) throw new Error(`The chapters are not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  await getEvidence(entries.map(chapterSource));
  return entries.map((entry) => ({
    entry,
    slug: actSlug(entry.id),
    minutes: readingTime(entry.body ?? ''),
  }));
}
