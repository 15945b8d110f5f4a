// The characters in list order (protagonists first), as pages and charts need them.
import { getCollection, type CollectionEntry } from 'astro:content';

export type Character = CollectionEntry<'characters'>;

export async function getCharacters(): Promise<Character[]> {
  const entries = await getCollection('characters');
  return entries.sort((a, b) => a.data.order - b.data.order);
}
