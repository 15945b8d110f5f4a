// The acts as pages need them: checked, in reading order, with slug and reading time derived
// from the files. The one place that turns the acts collection into page data.
import { getCollection, type CollectionEntry } from 'astro:content';
import { actSlug } from './actSlug.ts';
import { orderActs } from './orderActs.ts';
import { readingTime } from './readingTime.ts';

export interface Act {
  entry: CollectionEntry<'acts'>;
  slug: string;
  minutes: number;
}

export async function getActs(): Promise<Act[]> {
  const entries = orderActs(await getCollection('acts'));
  return entries.map((entry) => ({
    entry,
    slug: actSlug(entry.id),
    minutes: readingTime(entry.body ?? ''),
  }));
}
