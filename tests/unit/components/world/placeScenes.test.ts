import { describe, expect, it } from 'vitest';
import { placeScenes, scenePath, type ChapterOutline } from '../../../../src/components/world/placeScenes.ts';
import { timeline } from '../../helpers/realTimeline.ts';

const chapters: ChapterOutline[] = [
  { act: 4, slug: 'convergence', sections: [{ chart: 'arcs', title: 'A', scenes: ['a4-aftermath', 'a4-movement'] }, { chart: 'world', title: 'B', scenes: ['a4-movement', 'a4-framework'] }] },
  ...[1, 2, 3, 5].map((act) => ({ act, slug: `act-${act}`, sections: [] })),
];
const scene = (id: string) => {
  const found = timeline.scenes.find((s) => s.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('the places index', () => {
  it('links a scene to the first step that shows it, or to its chapter when no step does', () => {
    expect(scenePath(scene('a4-movement'), chapters)).toBe('/acts/convergence/#arcs-a4-movement');
    expect(scenePath(scene('a4-framework'), chapters)).toBe('/acts/convergence/#world-a4-framework');
    expect(scenePath(scene('a4-the-leak'), chapters)).toBe('/acts/convergence/');
  });

  it('refuses a scene whose act has no chapter', () => {
    expect(() => scenePath(scene('a4-movement'), chapters.slice(1))).toThrow('content/data/scenes.json: scene "a4-movement".act: got 4, expected the number of a chapter in content/acts/');
  });

  it('lists every place once, top of the city first, with the scenes that happen there', () => {
    const groups = placeScenes(timeline.places, timeline.scenes, chapters);
    expect(groups.map((g) => g.realm)).toEqual(['alterna', 'seam', 'glimmers']);
    const places = groups.flatMap((g) => g.places);
    expect(places).toHaveLength(timeline.places.length);
    for (const group of groups) {
      const levels = group.places.map((p) => p.place.level);
      expect(levels).toEqual([...levels].sort((a, b) => b - a));
    }
    expect(places.reduce((sum, p) => sum + p.scenes.length, 0)).toBe(timeline.scenes.length);
    const pumphouse = places.find((p) => p.place.id === 'pumphouse');
    expect(pumphouse?.scenes.map((s) => s.id)).toContain('a4-framework');
  });
});
