// The story's shape, checked on the real data: what the documentary claims must be true of the
// numbers the charts draw.
import { describe, expect, it } from 'vitest';
import { timeline, sceneIds } from '../helpers/realTimeline.ts';

const actOf = (sceneId: string) => timeline.scenes.find((s) => s.id === sceneId)?.act ?? 0;
const position = (sceneId: string) => sceneIds.indexOf(sceneId);
const indexAt = (sceneId: string) => timeline.divide.values[sceneId]?.index ?? Number.NaN;
const PROTAGONISTS = ['elias-tran', 'lyra-neumann', 'ivy-clarke', 'cyrus-mendez'];

describe('the divide', () => {
  const indices = sceneIds.map(indexAt);
  const peak = Math.max(...indices);
  const peakScene = sceneIds[indices.indexOf(peak)] as string;

  it('starts wide in Act 1', () => {
    const act1 = sceneIds.filter((id) => actOf(id) === 1).map(indexAt);
    for (const value of act1) expect(value).toBeGreaterThanOrEqual(60);
  });
  it('peaks in Act 2 or 3, through the outrage and the crackdown', () => {
    expect([2, 3]).toContain(actOf(peakScene));
    expect(peak).toBeGreaterThan(indexAt(sceneIds[0] as string));
  });
  it('narrows through Acts 4 and 5 to a small remainder, lower than it started', () => {
    const late = sceneIds.filter((id) => actOf(id) >= 4).map(indexAt);
    for (let i = 1; i < late.length; i += 1) expect(late[i]).toBeLessThanOrEqual(late[i - 1] as number);
    const end = indexAt(sceneIds[sceneIds.length - 1] as string);
    expect(end).toBeLessThan(indexAt(sceneIds[0] as string));
    expect(end).toBeGreaterThan(0);
    expect(end).toBeLessThanOrEqual(20);
  });
});

describe('the character arcs', () => {
  it('give every protagonist a position in each of the five acts', () => {
    for (const id of PROTAGONISTS) {
      const acts = new Set((timeline.arcs.characters[id] ?? []).map((p) => actOf(p.scene)));
      expect([...acts].sort()).toEqual([1, 2, 3, 4, 5]);
    }
  });
  it('start apart and converge', () => {
    const ends = PROTAGONISTS.map((id) => timeline.arcs.characters[id] ?? []);
    const spread = (points: { allegiance: number; stance: number }[]) =>
      Math.max(...points.map((a) => Math.max(...points.map((b) => Math.hypot(a.allegiance - b.allegiance, a.stance - b.stance)))));
    const first = spread(ends.map((p) => p[0] as { allegiance: number; stance: number }));
    const last = spread(ends.map((p) => p[p.length - 1] as { allegiance: number; stance: number }));
    expect(first).toBeGreaterThan(1);
    expect(last).toBeLessThan(0.3);
  });
  it('give every point a reason', () => {
    for (const points of Object.values(timeline.arcs.characters)) for (const p of points) expect(p.reason.length).toBeGreaterThan(10);
  });
});

describe('the neural fabric', () => {
  const alive = (item: { from: string; until?: string | undefined }, sceneId: string) =>
    position(item.from) <= position(sceneId) && (item.until === undefined || position(item.until) > position(sceneId));
  const hub = timeline.fabric.nodes.find((n) => n.kind === 'hub');
  const realmOf = (id: string) => timeline.fabric.nodes.find((n) => n.id === id)?.realm;
  const crossing = (sceneId: string) =>
    timeline.fabric.links.filter((l) => alive(l, sceneId) && l.kind !== 'control' && new Set([realmOf(l.source), realmOf(l.target)]).size === 2 && [realmOf(l.source), realmOf(l.target)].includes('alterna') && [realmOf(l.source), realmOf(l.target)].includes('glimmers'));

  it('has a central hub throughout Act 1 and none by the end of Act 5', () => {
    expect(hub).toBeDefined();
    for (const id of sceneIds.filter((s) => actOf(s) === 1)) expect(alive(hub as never, id)).toBe(true);
    expect(alive(hub as never, sceneIds[sceneIds.length - 1] as string)).toBe(false);
  });
  it('joins the two realms in Act 1 only through the hub, and in Act 5 by a mesh of direct ties', () => {
    expect(crossing('a1-two-realms')).toEqual([]);
    expect(crossing(sceneIds[sceneIds.length - 1] as string).length).toBeGreaterThanOrEqual(8);
  });
  it('has no control link left at the end', () => {
    const last = sceneIds[sceneIds.length - 1] as string;
    expect(timeline.fabric.links.filter((l) => l.kind === 'control' && alive(l, last))).toEqual([]);
  });
  it('has no link alive at a scene where one of its nodes is not', () => {
    for (const sceneId of sceneIds) {
      for (const link of timeline.fabric.links.filter((l) => alive(l, sceneId))) {
        for (const end of [link.source, link.target]) {
          const node = timeline.fabric.nodes.find((n) => n.id === end);
          expect(node && alive(node, sceneId), `${link.source}-${link.target} at ${sceneId}`).toBe(true);
        }
      }
    }
  });
});
