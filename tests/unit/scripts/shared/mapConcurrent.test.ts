import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../../../scripts/shared/mapConcurrent.ts';

describe('mapConcurrent', () => {
  it('never runs more tasks at once than the limit, and returns results in input order', async () => {
    for (const limit of [1, 2, 3]) {
      let running = 0;
      let most = 0;
      const results = await mapConcurrent([5, 1, 4, 2, 3], limit, async (n) => {
        running += 1;
        most = Math.max(most, running);
        for (let i = 0; i < n; i += 1) await Promise.resolve();
        running -= 1;
        return n * 10;
      });
      expect(results).toEqual([50, 10, 40, 20, 30]);
      expect(most).toBe(limit);
    }
  });
  it('refuses a limit that is not a whole number from 1', async () => {
    await expect(mapConcurrent([1], 0, async (n) => n)).rejects.toThrow('concurrency: got 0, expected a whole number from 1');
  });
});
