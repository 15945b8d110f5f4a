import { describe, expect, it } from 'vitest';
import { aliveAt, layoutFabric, lcg, MARGIN, separation, sharedLayout } from '../../../../src/viz/fabric/layout.ts';
import { timeline, sceneIds } from '../../helpers/realTimeline.ts';

const layout = layoutFabric(timeline.fabric, timeline.scenes);
const order = new Map(sceneIds.map((id, i) => [id, i]));
const distance = (a: [number, number], b: [number, number]) => Math.hypot(a[0] - b[0], a[1] - b[1]);

describe('fabric layout', () => {
  it('gives the same positions on every run', () => {
    expect(layoutFabric(timeline.fabric, timeline.scenes)).toEqual(layout);
  });

  it('places exactly the nodes alive at each scene of the story', () => {
    expect(Object.keys(layout)).toEqual(sceneIds);
    sceneIds.forEach((id, i) => {
      const expected = timeline.fabric.nodes.filter((n) => aliveAt(n, i, order)).map((n) => n.id);
      expect(Object.keys(layout[id] ?? {}).sort()).toEqual(expected.sort());
    });
  });

  it('keeps every position inside the unit square, margins included', () => {
    const all = Object.values(layout).flatMap((scene) => Object.values(scene));
    for (const [x, y] of all) {
      for (const v of [x, y]) {
        expect(v).toBeGreaterThanOrEqual(MARGIN - 1e-9);
        expect(v).toBeLessThanOrEqual(1 - MARGIN + 1e-9);
      }
    }
    expect(Math.min(...all.map((p) => p[0]))).toBeCloseTo(MARGIN, 3);
    expect(Math.max(...all.map((p) => p[1]))).toBeCloseTo(1 - MARGIN, 3);
  });

  it('never lets two nodes of the same scene overlap', () => {
    for (const id of sceneIds) {
      const points = Object.values(layout[id] ?? {});
      const nearest = Math.min(...points.flatMap((a, i) => points.slice(i + 1).map((b) => distance(a, b))));
      expect(nearest, id).toBeGreaterThan(0.08);
    }
  });

  it('moves no node more than a quarter of the square between consecutive scenes', () => {
    sceneIds.slice(1).forEach((id, i) => {
      const before = layout[sceneIds[i] as string] ?? {};
      for (const [node, point] of Object.entries(layout[id] ?? {})) {
        const was = before[node];
        if (was) expect(distance(was, point), `${node} at ${id}`).toBeLessThan(0.25);
      }
    });
  });

  it('keeps Alterna left and the Glimmers right while the Loom holds, and mixes them at the end', () => {
    const meanX = (scene: string, realm: string) => {
      const xs = timeline.fabric.nodes.filter((n) => n.realm === realm && layout[scene]?.[n.id]).map((n) => layout[scene]?.[n.id]?.[0] ?? 0);
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    const gap = (scene: string) => meanX(scene, 'glimmers') - meanX(scene, 'alterna');
    expect(gap('a1-two-realms')).toBeGreaterThan(0.5);
    expect(gap('a5-new-fabric')).toBeLessThan(gap('a1-two-realms') / 2);
    expect(layout['a1-two-realms']?.['loom']?.[0]).toBeCloseTo(0.5, 1);
  });

  it('weakens the pull of the realms as control links give way to cross-realm ties', () => {
    const at = (id: string) => separation(timeline.fabric, timeline.fabric.links.filter((l) => aliveAt(l, order.get(id) ?? -1, order)));
    expect(at('a1-two-realms')).toBe(1);
    expect(at('a4-framework')).toBeLessThan(at('a3-viral'));
    expect(at('a5-new-fabric')).toBe(0);
  });

  it('draws the same numbers from the same seed, within 0..1', () => {
    const a = lcg(7);
    const b = lcg(7);
    const draws = Array.from({ length: 50 }, () => a());
    expect(Array.from({ length: 50 }, () => b())).toEqual(draws);
    expect(draws.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(new Set(draws).size).toBe(50);
  });
});

describe('sharedLayout', () => {
  it('runs the simulation once per fabric file: the chart and the covers get the same object, equal to a fresh run', () => {
    const first = sharedLayout(timeline.fabric, timeline.scenes);
    expect(sharedLayout(timeline.fabric, timeline.scenes)).toBe(first);
    expect(first).toEqual(layout);
    // Another fabric file (here an equal copy) gets its own run.
    const copy = { ...timeline.fabric };
    expect(sharedLayout(copy, timeline.scenes)).not.toBe(first);
  });
});
