// Build-time only: where every node of the fabric stands at every scene of the story, from a
// seeded d3-force simulation run scene after scene, each starting where the last one stopped.
// Knows nothing of the browser or of sizes: positions come out in a unit square.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationLinkDatum, type SimulationNodeDatum } from 'd3-force';
import type { FabricFile, FabricLink, FabricNode, Scene } from '../../schemas/timeline.ts';

/** Position in the unit square, 3 decimals. */
export type Point = [number, number];
/** Scene id -> node id -> position, for the nodes alive at that scene. */
export type FabricLayout = Record<string, Record<string, Point>>;

/** Share of the unit square kept free on every side, so marks and labels stay inside. */
export const MARGIN = 0.06;
const TICKS_FIRST = 400;
const TICKS = 220;
const SEED = 20145;
const MEMORY = 0.15;

/** Room each kind of mark needs, in simulation units (about pixels at 640 wide). */
const ROOM: Record<FabricNode['kind'], number> = { hub: 44, community: 32, institution: 32, person: 28 };
const DISTANCE: Record<FabricLink['kind'], number> = { control: 150, bridge: 90, tie: 80 };
const STRENGTH: Record<FabricLink['kind'], number> = { control: 0.06, bridge: 0.1, tie: 0.2 };
const SIDE: Record<FabricNode['realm'], number> = { alterna: -1, glimmers: 1, seam: 0, none: 0 };

interface SimNode extends SimulationNodeDatum {
  id: string;
  node: FabricNode;
}

/** Small linear congruential generator: d3-force only needs it to break ties reproducibly. */
export function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

/** Alive at a timeline position: from its first scene up to, not including, its `until`. */
export function aliveAt(item: { from: string; until?: string | undefined }, position: number, order: Map<string, number>): boolean {
  const from = order.get(item.from) ?? Infinity;
  const until = item.until === undefined ? Infinity : (order.get(item.until) ?? Infinity);
  return from <= position && position < until;
}

/**
 * How much the realms still stand apart: 1 while every tie stays within a realm and the Loom
 * routes everything, falling towards 0 as control links go and cross-realm ties grow.
 */
export function separation(fabric: FabricFile, links: FabricLink[]): number {
  const realm = new Map(fabric.nodes.map((n) => [n.id, n.realm]));
  const control = links.filter((l) => l.kind === 'control').length;
  const cross = links.filter((l) => l.kind === 'tie' && realm.get(l.source) !== realm.get(l.target)).length;
  return control + cross === 0 ? 0 : control / (control + cross);
}

export function layoutFabric(fabric: FabricFile, scenes: readonly Scene[]): FabricLayout {
  const order = new Map(scenes.map((s, i) => [s.id, i]));
  const random = lcg(SEED);
  const raw: Record<string, Map<string, Point>> = {};
  let previous = new Map<string, Point>();

  scenes.forEach((scene, i) => {
    const nodes = fabric.nodes.filter((n) => aliveAt(n, i, order));
    const links = fabric.links.filter((l) => aliveAt(l, i, order));
    const sep = separation(fabric, links);
    const spread = 45 + 150 * sep;

    const simNodes: SimNode[] = nodes.map((node) => {
      const start = previous.get(node.id) ?? entryPoint(node, links, previous, spread, random);
      const sim: SimNode = { id: node.id, node, x: start[0], y: start[1] };
      // The hub is the fixed centre the two realms hang from.
      if (node.kind === 'hub') Object.assign(sim, { fx: 0, fy: 0 });
      return sim;
    });
    const simLinks: (SimulationLinkDatum<SimNode> & { kind: FabricLink['kind'] })[] = links.map((l) => ({ source: l.source, target: l.target, kind: l.kind }));

    const simulation = forceSimulation(simNodes)
      .randomSource(lcg(SEED + i))
      .stop()
      .force('link', forceLink(simLinks).id((d) => (d as SimNode).id).distance((l) => DISTANCE[l.kind]).strength((l) => STRENGTH[l.kind]))
      .force('charge', forceManyBody<SimNode>().strength((d) => (d.node.kind === 'hub' ? -400 : -140)).distanceMax(320))
      .force('collide', forceCollide<SimNode>((d) => ROOM[d.node.kind]).strength(0.9).iterations(3))
      .force('x', forceX<SimNode>((d) => SIDE[d.node.realm] * spread).strength(0.03 + 0.17 * sep))
      .force('y', forceY<SimNode>(0).strength(0.09))
      .force('memory', memory(simNodes, previous))
      // Later scenes start warm rather than hot, so the picture shifts instead of reshuffling.
      .alpha(i === 0 ? 1 : 0.25);
    simulation.tick(i === 0 ? TICKS_FIRST : TICKS);

    previous = new Map(simNodes.map((n) => [n.id, [n.x ?? 0, n.y ?? 0]]));
    raw[scene.id] = previous;
  });

  return normalise(raw);
}

// The fabric chart and the act covers draw the same layout: the simulation runs once per build.
const layouts = new WeakMap<FabricFile, FabricLayout>();

/** layoutFabric, run once per fabric file and shared by every caller after that. */
export function sharedLayout(fabric: FabricFile, scenes: readonly Scene[]): FabricLayout {
  let layout = layouts.get(fabric);
  if (!layout) layouts.set(fabric, (layout = layoutFabric(fabric, scenes)));
  return layout;
}

/** Pulls each node back towards where it stood at the previous scene: the picture shifts, it does not jump. */
function memory(nodes: SimNode[], previous: Map<string, Point>) {
  return (alpha: number) => {
    for (const node of nodes) {
      const p = previous.get(node.id);
      if (!p || node.x === undefined || node.y === undefined) continue;
      node.vx = (node.vx ?? 0) + (p[0] - node.x) * MEMORY * alpha;
      node.vy = (node.vy ?? 0) + (p[1] - node.y) * MEMORY * alpha;
    }
  };
}

/** Where a node that joins mid-story starts: among the neighbours it arrives with, or on its side. */
function entryPoint(node: FabricNode, links: FabricLink[], previous: Map<string, Point>, spread: number, random: () => number): Point {
  const neighbours = links
    .filter((l) => l.kind !== 'control' && (l.source === node.id || l.target === node.id))
    .map((l) => previous.get(l.source === node.id ? l.target : l.source))
    .filter((p): p is Point => p !== undefined);
  const jitter = () => (random() - 0.5) * 30;
  if (neighbours.length === 0) return [SIDE[node.realm] * spread + jitter(), jitter() * 4];
  const mean = (k: 0 | 1) => neighbours.reduce((sum, p) => sum + p[k], 0) / neighbours.length;
  return [mean(0) + jitter(), mean(1) + jitter()];
}

/** One scale for the whole story, so a node that stays put on screen stayed put in the layout. */
function normalise(raw: Record<string, Map<string, Point>>): FabricLayout {
  const all = Object.values(raw).flatMap((m) => [...m.values()]);
  const xs = all.map((p) => p[0]);
  const ys = all.map((p) => p[1]);
  const scale = (lo: number, hi: number) => (v: number) => Math.round((MARGIN + ((v - lo) / (hi - lo || 1)) * (1 - 2 * MARGIN)) * 1000) / 1000;
  const sx = scale(Math.min(...xs), Math.max(...xs));
  const sy = scale(Math.min(...ys), Math.max(...ys));
  return Object.fromEntries(
    Object.entries(raw).map(([scene, positions]) => [scene, Object.fromEntries([...positions].map(([id, [x, y]]) => [id, [sx(x), sy(y)] as Point]))]),
  );
}
