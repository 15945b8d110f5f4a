// Font files in the built site: each emitted once. What each page loads and draws with them is
// checked where every page is loaded anyway, in a11y.spec.ts (support/fontCheck.ts).
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { filesUnder } from './support/distLinks.ts';

test('no font file is emitted twice', () => {
  const byHash = new Map<string, string[]>();
  for (const file of filesUnder('dist', '.woff2')) {
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), file]);
  }
  expect(byHash.size).toBeGreaterThan(0);
  expect([...byHash.values()].filter((files) => files.length > 1)).toEqual([]);
});
