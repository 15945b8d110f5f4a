// The chapters as written: length, scroll sections, steps and the scenes they point to.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { countWords } from '../../../src/lib/format.ts';
import { checkChapterMarkup } from '../../../src/story/checkChapterMarkup.ts';
import { CHART_NAMES as CHARTS } from '../../../src/story/chartNames.ts';
import { timeline } from '../helpers/realTimeline.ts';

const files = readdirSync('content/acts').filter((f) => f.endsWith('.mdx')).sort();
const chapters = files.map((file) => {
  const body = readFileSync(`content/acts/${file}`, 'utf8');
  const act = Number(/^act: (\d+)$/m.exec(body)?.[1]);
  const sections = [...body.matchAll(/<ScrollSection chart="(\w+)"[^>]*>([\s\S]*?)<\/ScrollSection>/g)].map((m) => ({
    chart: m[1] as string,
    steps: [...(m[2] as string).matchAll(/<Step scene="([^"]+)">([\s\S]*?)<\/Step>/g)].map((s) => ({ scene: s[1] as string, words: countWords(s[2] as string) })),
  }));
  return { file, body, act, sections };
});
const sceneAct = new Map(timeline.scenes.map((s) => [s.id, s.act]));
const order = new Map(timeline.scenes.map((s, i) => [s.id, i]));

describe('the chapters', () => {
  it('are five, one per act', () => {
    expect(chapters.map((c) => c.act)).toEqual([1, 2, 3, 4, 5]);
  });

  for (const chapter of chapters) {
    describe(chapter.file, () => {
      it('runs to 2,000-3,600 reader words', () => {
        const words = countWords(chapter.body);
        expect(words).toBeGreaterThanOrEqual(2000);
        expect(words).toBeLessThanOrEqual(3600);
      });
      it('is told in scenes with their own headings', () => {
        expect((chapter.body.match(/^## /gm) ?? []).length).toBeGreaterThanOrEqual(4);
      });
      it('has one to three scroll sections of 4 to 8 steps', () => {
        expect(chapter.sections.length).toBeGreaterThanOrEqual(1);
        expect(chapter.sections.length).toBeLessThanOrEqual(3);
        for (const section of chapter.sections) {
          expect(section.steps.length).toBeGreaterThanOrEqual(4);
          expect(section.steps.length).toBeLessThanOrEqual(8);
        }
      });
      it('keeps every step to 40-90 words', () => {
        for (const step of chapter.sections.flatMap((s) => s.steps)) {
          expect(step.words, step.scene).toBeGreaterThanOrEqual(40);
          expect(step.words, step.scene).toBeLessThanOrEqual(90);
        }
      });
      it("points every step at a scene of its own act, in timeline order", () => {
        expect(checkChapterMarkup(chapter.file, chapter.body, { charts: CHARTS, scenes: new Set(order.keys()) })).toEqual([]);
        for (const section of chapter.sections) {
          for (const step of section.steps) expect(sceneAct.get(step.scene)).toBe(chapter.act);
          const positions = section.steps.map((s) => order.get(s.scene) as number);
          expect([...positions].sort((a, b) => a - b)).toEqual(positions);
          expect(new Set(positions).size).toBe(positions.length);
        }
      });
    });
  }

  it('use every chart in at least two acts, the divide and the cross-section in at least three', () => {
    const actsWith = (chart: string) => chapters.filter((c) => c.sections.some((s) => s.chart === chart)).length;
    expect(actsWith('divide')).toBeGreaterThanOrEqual(3);
    expect(actsWith('arcs')).toBeGreaterThanOrEqual(2);
    expect(actsWith('fabric')).toBeGreaterThanOrEqual(2);
    expect(actsWith('world')).toBeGreaterThanOrEqual(3);
  });

  // The three charts of the story's measures end where the story ends. A chapter holds at most
  // three sections, so the charts of place and time (world) appear in earlier acts.
  it('bring the divide, the arcs and the fabric to their final state in the last act', () => {
    const last = chapters[chapters.length - 1];
    const finalScene = timeline.scenes[timeline.scenes.length - 1]?.id;
    expect(new Set(last?.sections.map((s) => s.chart))).toEqual(new Set(['divide', 'arcs', 'fabric']));
    for (const section of last?.sections ?? []) expect(section.steps[section.steps.length - 1]?.scene).toBe(finalScene);
  });
});

// The synopsis that fixes the plot lives beside the project (../shared/story/synopsis.md), not in
// it. Where a checkout has no such sibling, there is nothing to compare with and the check is
// skipped for that reason alone.
const SYNOPSIS = '../shared/story/synopsis.md';
const hasSynopsis = (() => {
  try {
    return readFileSync(SYNOPSIS, 'utf8').length > 0;
  } catch {
    return false;
  }
})();

describe('originality', () => {
  it.skipIf(!hasSynopsis)('no chapter repeats a run of eight words from the synopsis', () => {
    const words = (text: string) => text.toLowerCase().replace(/[’']/g, "'").match(/[a-z0-9']+/g) ?? [];
    const synopsis = words(readFileSync(SYNOPSIS, 'utf8'));
    const runs = new Set(synopsis.map((_, i) => synopsis.slice(i, i + 8).join(' ')).filter((run) => run.split(' ').length === 8));
    for (const chapter of chapters) {
      const text = words(chapter.body);
      const copied = text.map((_, i) => text.slice(i, i + 8).join(' ')).filter((run) => runs.has(run));
      expect(copied, chapter.file).toEqual([]);
    }
  });
});
