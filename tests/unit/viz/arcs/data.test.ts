import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import Arcs from '../../../../src/viz/arcs/Arcs.svelte';
import { arcsData, type ArcsData } from '../../../../src/viz/arcs/data.ts';
import { arcsHeight, arcsTable, arcsView, describeArcs } from '../../../../src/viz/arcs/model.ts';
import { frame } from '../../../../src/scrolly/frame.ts';
import { chapterSections } from '../../../../src/story/chapterSections.ts';
import { chartData } from '../../../../src/viz/registry.ts';
import { timeline, sceneIds, protagonists } from '../../helpers/realTimeline.ts';

const full = arcsData(timeline, protagonists);
/** Every arcs section of the real chapters, with its step scenes as the chapter lists them. */
const sections = readdirSync('content/acts')
  .filter((file) => file.endsWith('.mdx'))
  .sort()
  .flatMap((file) =>
    chapterSections(readFileSync(`content/acts/${file}`, 'utf8'))
      .filter((s) => s.chart === 'arcs')
      .map((s) => ({ name: `${file}: ${s.title}`, scenes: s.scenes, slice: arcsData(timeline, protagonists, s.scenes) })),
  );
const bytes = (data: ArcsData) => JSON.stringify(data).length;
const html = (data: ArcsData, scenes: string[], step: number, print = false) => render(Arcs, { props: { data, scenes, title: 'Four people', step, print } }).body;

describe('arcs data for the whole story', () => {
  it('keeps every scene, every point and the words for each, when given no steps', () => {
    expect(full.scenes.map((s) => s.id)).toEqual(sceneIds);
    for (const c of full.characters) {
      expect(c.points).toHaveLength(timeline.arcs.characters[c.id]?.length ?? -1);
      expect(c.points.every((p) => p.order === sceneIds.indexOf(p.scene) && p.reason && p.where && p.move)).toBe(true);
    }
  });
});

describe('arcs data for one section', () => {
  it('finds the arcs sections of the chapters', () => {
    expect(sections.length).toBeGreaterThanOrEqual(2);
    expect(sections.every((s) => s.scenes.length > 0)).toBe(true);
  });

  it('keeps each character’s points up to the last step, and the scenes those points and steps stand on', () => {
    for (const { name, scenes, slice } of sections) {
      const last = Math.max(...scenes.map((id) => sceneIds.indexOf(id)));
      for (const c of slice.characters) {
        const whole = full.characters.find((w) => w.id === c.id)?.points ?? [];
        expect(c.points.map((p) => p.scene), `${name}: ${c.id}`).toEqual(whole.filter((p) => p.order <= last).map((p) => p.scene));
        expect(c.points.every((p) => slice.scenes[p.order]?.id === p.scene), `${name}: ${c.id}`).toBe(true);
      }
      const wanted = new Set([...scenes, ...slice.characters.flatMap((c) => c.points.map((p) => p.scene))]);
      expect(slice.scenes.map((s) => s.id), name).toEqual(sceneIds.filter((id) => wanted.has(id)));
    }
  });

  it('keeps words only for the point each character stands on at a step', () => {
    for (const { name, scenes, slice } of sections) {
      for (const c of slice.characters) {
        const standing = new Set(scenes.map((id) => c.points.filter((p) => sceneIds.indexOf(p.scene) <= sceneIds.indexOf(id)).pop()?.scene));
        for (const p of c.points) expect(Boolean(p.where && p.move && p.reason), `${name}: ${c.id} at ${p.scene}`).toBe(standing.has(p.scene));
      }
    }
  });

  it('draws, describes and tabulates every step exactly as the whole story’s data does', () => {
    for (const { name, scenes, slice } of sections) {
      for (const width of [300, 390, 640]) {
        const size = { width, height: arcsHeight(width) };
        for (const [step] of scenes.entries()) {
          for (const progress of [0, 0.3, 0.5, 0.8, 1]) {
            const at = frame(scenes, { step, progress });
            expect(arcsView(slice, at, size), `${name}: step ${step} at ${progress}, ${width}px`).toEqual(arcsView(full, at, size));
          }
        }
      }
      scenes.forEach((scene, step) => {
        expect(describeArcs(slice, scene, scenes[step - 1]), `${name}: step ${step}`).toBe(describeArcs(full, scene, scenes[step - 1]));
      });
      expect(arcsTable(slice, scenes), name).toEqual(arcsTable(full, scenes));
    }
  });

  it('renders the same chart, live and in print, at every step', () => {
    for (const { name, scenes, slice } of sections) {
      scenes.forEach((_, step) => {
        expect(html(slice, scenes, step), `${name}: step ${step}`).toBe(html(full, scenes, step));
        expect(html(slice, scenes, step, true), `${name}: print ${step}`).toBe(html(full, scenes, step, true));
      });
    }
  });

  it('survives a round trip through JSON, and ships much less than the whole story', () => {
    const report = sections.map(({ name, slice }) => `${name}: ${bytes(full)} -> ${bytes(slice)} bytes`);
    console.info(`arcs island data, JSON.stringify size, whole story -> section:\n${report.join('\n')}`);
    for (const { name, slice } of sections) {
      expect(JSON.parse(JSON.stringify(slice)), name).toEqual(slice);
      expect(bytes(slice), name).toBeLessThan(bytes(full) * 0.6);
    }
  });

  it('is what a scroll section gets for its steps', () => {
    for (const { name, scenes, slice } of sections) expect(chartData('arcs', { timeline, characters: protagonists, scenes }), name).toEqual(slice);
    expect(chartData('arcs', { timeline, characters: protagonists })).toEqual(full);
  });

  it('refuses a scene id that is not in the story, naming it', () => {
    expect(() => arcsData(timeline, protagonists, ['a2-exhibition-opens', 'a9-nowhere'])).toThrow(
      'arcsData: got scene "a9-nowhere", expected a scene id from content/data/scenes.json',
    );
  });

  it('refuses to describe a point its slice carries no words for', () => {
    const slice = arcsData(timeline, protagonists, ['a5-new-fabric']);
    expect(() => describeArcs(slice, 'a5-new-fabric', undefined, 'elias-tran')).toThrow(/point at scene "a1-elias-studio" has no where/);
  });
});
