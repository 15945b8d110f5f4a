// Minutes a reader needs for a body of text, at a long-form reading pace.
import { countWords } from './countWords.ts';

/** Words per minute of attentive long-form reading (screen prose, not skimming). */
export const WORDS_PER_MINUTE = 230;

export function readingTime(body: string): number {
  const words = countWords(body);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
