import { describe, expect, it } from 'vitest';
import { fabricData } from '../../../../src/viz/fabric/data.ts';
import { fabricView, fabricHeight } from '../../../../src/viz/fabric/model.ts';
import { describeFabric, fabricTable } from '../../../../src/viz/fabric/describe.ts';
import { timeline, sceneIds } from '../../helpers/realTimeline.ts';

const full = fabricData(timeline);
/** The steps of the fabric section of act 5. */
const section = ['a5-crossing', 'a5-dismantling', 'a5-loom-dark', 'a5-weaving', 'a5-new-fabric'];
const slice = fabricData(timeline, section);

describe('fabric data', () => {
  it('carries every node, link and scene of the story, with a position for each living node at each scene', () => {
    expect(full.scenes.map((s) => s.id)).toEqual(sceneIds);
    expect(full.nodes.map((n) => n.id)).toEqual(timeline.fabric.nodes.map((n) => n.id));
    expect(full.links).toHaveLength(timeline.fabric.links.length);
    for (const scene of full.scenes) {
      full.nodes.forEach((node, i) => {
        const lives = node.from <= scene.index && scene.index < (node.until ?? Infinity);
        expect(full.positions[scene.id]?.[i] !== null, `${node.id} at ${scene.id}`).toBe(lives);
      });
    }
  });

  it('turns scene ids into story positions and marks the four leads', () => {
    const loom = full.nodes.find((n) => n.id === 'loom');
    expect([loom?.from, loom?.until]).toEqual([0, sceneIds.indexOf('a5-loom-dark')]);
    expect(full.nodes.find((n) => n.id === 'elias-tran')?.until).toBeUndefined();
    expect(full.nodes.filter((n) => n.lead).map((n) => n.id)).toEqual(['elias-tran', 'lyra-neumann', 'ivy-clarke', 'cyrus-mendez']);
    const [source, target, kind, from, until] = full.links[0] ?? [];
    expect([full.nodes[source ?? -1]?.id, full.nodes[target ?? -1]?.id, kind, from, until]).toEqual(['loom', 'the-directorate', 'control', 0, sceneIds.indexOf('a5-loom-dark')]);
  });

  it('survives a round trip through JSON unchanged, rounded to three decimals', () => {
    expect(JSON.parse(JSON.stringify(full))).toEqual(full);
    const coordinates = Object.values(full.positions).flat().flatMap((p) => p ?? []);
    expect(coordinates.every((v) => Math.round(v * 1000) / 1000 === v)).toBe(true);
  });

  it('keeps, for one section, only its scenes and what lives in them', () => {
    expect(slice.scenes.map((s) => s.id)).toEqual(section);
    expect(Object.keys(slice.positions)).toEqual(section);
    const early = fabricData(timeline, ['a1-two-realms']);
    expect(early.nodes.map((n) => n.id)).not.toContain('the-movement');
    expect(early.links.every(([s, t]) => early.nodes[s] !== undefined && early.nodes[t] !== undefined)).toBe(true);
    expect(JSON.stringify(slice).length).toBeLessThan(JSON.stringify(full).length / 2);
  });

  it('draws, describes and tabulates a section the same from its slice as from the whole story', () => {
    const size = { width: 640, height: fabricHeight(640) };
    section.forEach((scene, i) => {
      const towards = section[i + 1] ?? scene;
      const frame = { step: i, scene, towards, t: 0.4 };
      expect(fabricView(slice, frame, size)).toEqual(fabricView(full, frame, size));
      expect(describeFabric(slice, scene, section[i - 1])).toBe(describeFabric(full, scene, section[i - 1]));
    });
    expect(fabricTable(slice, section)).toEqual(fabricTable(full, section));
  });

  it('refuses a scene id that is not in the story, naming it', () => {
    expect(() => fabricData(timeline, ['a1-two-realms', 'a9-nowhere'])).toThrow(/"a9-nowhere"/);
  });
});
