import { describe, expect, it } from 'vitest';
import { coverData } from '../../../../src/viz/cover/data.ts';
import { coverModel, describeCover, seeded } from '../../../../src/viz/cover/model.ts';
import { coverSvg, LIGHT } from '../../../../src/viz/cover/svg.ts';
import { coverSeed } from '../../../../src/viz/cover/cover.ts';
import { timeline } from '../../helpers/realTimeline.ts';

const acts = [1, 2, 3, 4, 5];
const inline = (act: number) => coverSvg(coverModel(coverData(timeline, act), coverSeed(act)), { paint: 'classes' });

describe('coverData', () => {
  it('takes one row of the four divide measures per scene of the act', () => {
    const data = coverData(timeline, 2);
    expect(data.rows.map((r) => r.scene)).toEqual(timeline.scenes.filter((s) => s.act === 2).map((s) => s.id));
    expect(data.rows[0]?.values).toHaveLength(4);
  });

  it('keeps the Loom and its control lines until it goes dark in Act 5, and counts more ties across realms by the end', () => {
    const [first, last] = [coverData(timeline, 1), coverData(timeline, 5)];
    expect(first.hub).not.toBeNull();
    expect(first.controls.length).toBeGreaterThan(0);
    expect(last.hub).toBeNull();
    expect(last.controls).toEqual([]);
    expect(last.crossings.length).toBeGreaterThan(first.crossings.length);
    expect(last.separation).toBeLessThan(first.separation);
  });

  it('names the file and the act when an act has no scene', () => {
    expect(() => coverData(timeline, 9)).toThrow('content/data/scenes.json: act: got no scene for act 9, expected at least one');
  });
});

describe('coverModel', () => {
  it('draws the same picture from the same data and seed, another from another seed', () => {
    const data = coverData(timeline, 3);
    expect(coverModel(data, 7)).toEqual(coverModel(data, 7));
    expect(coverModel(data, 7)).not.toEqual(coverModel(data, 8));
  });

  it('draws a different picture for every act', () => {
    expect(new Set(acts.map(inline)).size).toBe(acts.length);
  });

  it('tears the weft less as the divide closes: Act 5 has more converged thread than Act 1, and no control lines', () => {
    const length = (act: number, ink: string) =>
      coverModel(coverData(timeline, act), coverSeed(act))
        .layers.filter((l) => l.ink === ink && l.width === 3)
        .flatMap((l) => [...l.d.matchAll(/h(-?\d+)/g)].map((m) => Number(m[1])))
        .reduce((a, b) => a + b, 0);
    expect(length(5, 'converged')).toBeGreaterThan(length(1, 'converged') + 10_000);
    const soft = coverModel(coverData(timeline, 5), coverSeed(5)).layers.filter((l) => l.ink === 'soft' && l.width === 1);
    expect(soft).toEqual([]);
  });

  it('gives a seeded generator that repeats itself', () => {
    const [a, b] = [seeded(1), seeded(1)];
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('says in its caption what the picture is drawn from', () => {
    const scenes = timeline.scenes.filter((s) => s.act === 5).length;
    expect(describeCover(coverData(timeline, 5))).toMatch(new RegExp(`^Drawn from Act 5's data: the divide's four measures at its ${scenes} scenes, .*no Loom, \\d+ ties across the realms, and the four leads' paths`));
  });
});

describe('coverSvg', () => {
  it('paints with classes inline and with real colours for a file', () => {
    const shapes = coverModel(coverData(timeline, 1), 1);
    expect(coverSvg(shapes, { paint: 'classes' })).toContain('class="k-alterna"');
    expect(coverSvg(shapes, { paint: LIGHT })).toContain(`stroke="${LIGHT.alterna}"`);
    expect(coverSvg(shapes, { paint: LIGHT })).not.toContain('class=');
  });

  it.each(acts)('matches the stored SVG of Act %i', async (act) => {
    await expect(inline(act)).toMatchFileSnapshot(`../../__snapshots__/cover-act-${act}.svg`);
  });
});
