// Build-time: the slice of one act's story data its cover is drawn from: the divide's four
// measures at each of its scenes, where the fabric's nodes stand at its last scene, which links
// cross the realms or still run from the Loom, and the four leads' arcs. JSON-safe, no geometry.
import type { Timeline } from '../../story/timeline/parseTimeline.ts';
import { aliveAt, separation, sharedLayout } from '../fabric/layout.ts';

export interface CoverLead {
  id: string;
  /** Colour token of the character (content/characters/<id>.md `colour`). */
  colour: string;
  /** At each row band where the character has a point: allegiance and stance, both -1..1. */
  points: { row: number; allegiance: number; stance: number }[];
}

export interface CoverData {
  act: number;
  /** One row per scene of the act, in order: the divide's components, 0-100, in the file's order. */
  rows: { scene: string; values: number[] }[];
  /** Nodes of the fabric alive at the act's last scene: realm and horizontal position, 0-1. */
  warps: { id: string; realm: 'alterna' | 'glimmers' | 'seam' | 'none'; x: number }[];
  /** Horizontal positions of the nodes the Loom still controls at the act's last scene. */
  controls: number[];
  /** Where the Loom stands (0-1), or null once it has gone dark. */
  hub: [number, number] | null;
  /** Ties and bridges between nodes of different realms: their two horizontal positions. */
  crossings: [number, number][];
  /** 1 while the realms stand wholly apart, towards 0 as control goes and cross-realm ties grow. */
  separation: number;
  leads: CoverLead[];
}

/** The four protagonists, in the order the arcs chart draws them. */
export const LEADS: Record<string, string> = { 'elias-tran': 'elias', 'lyra-neumann': 'lyra', 'ivy-clarke': 'ivy', 'cyrus-mendez': 'cyrus' };

export function coverData(timeline: Timeline, act: number): CoverData {
  const scenes = timeline.scenes.filter((s) => s.act === act);
  const last = scenes.at(-1);
  if (!last) throw new Error(`content/data/scenes.json: act: got no scene for act ${act}, expected at least one`);
  const order = new Map(timeline.scenes.map((s, i) => [s.id, i]));
  const lastIndex = order.get(last.id) as number;

  const where = sharedLayout(timeline.fabric, timeline.scenes)[last.id] ?? {};
  const x = (id: string) => where[id]?.[0];

  const { fabric } = timeline;
  const nodes = fabric.nodes.filter((n) => aliveAt(n, lastIndex, order));
  const links = fabric.links.filter((l) => aliveAt(l, lastIndex, order));
  const realm = new Map(fabric.nodes.map((n) => [n.id, n.realm]));
  const hub = nodes.find((n) => n.kind === 'hub');
  const hubAt = hub ? where[hub.id] : undefined;

  const rows = scenes.map((scene) => {
    const value = timeline.divide.values[scene.id];
    if (!value) throw new Error(`content/data/divide.json: scenes.${scene.id}: got nothing, expected values for every scene`);
    return { scene: scene.id, values: timeline.divide.components.map((c) => value.components[c.id] ?? 0) };
  });
  const rowOf = new Map(scenes.map((s, i) => [s.id, i]));

  return {
    act,
    rows,
    warps: nodes.filter((n) => x(n.id) !== undefined).map((n) => ({ id: n.id, realm: n.realm, x: x(n.id) as number })),
    controls: links.filter((l) => l.kind === 'control').map((l) => x(l.target)).filter((v): v is number => v !== undefined),
    hub: hubAt ? [hubAt[0], hubAt[1]] : null,
    crossings: links
      .filter((l) => l.kind !== 'control' && realm.get(l.source) !== realm.get(l.target))
      .map((l) => [x(l.source), x(l.target)])
      .filter((pair): pair is [number, number] => pair[0] !== undefined && pair[1] !== undefined),
    separation: Math.round(separation(fabric, links) * 1000) / 1000,
    leads: Object.entries(LEADS).map(([id, colour]) => ({
      id,
      colour,
      points: (timeline.arcs.characters[id] ?? [])
        .filter((p) => rowOf.has(p.scene))
        .map((p) => ({ row: rowOf.get(p.scene) as number, allegiance: p.allegiance, stance: p.stance })),
    })),
  };
}
