// Build-time: the slice of the timeline the fabric chart needs, as compact JSON-safe island props,
// with every node's position precomputed by the force layout. Only the server runs this module
// (it pulls in d3-force); the browser receives its result.
import type { Timeline } from '../../story/timeline/parseTimeline.ts';
import type { FabricLink, FabricNode } from '../../schemas/timeline.ts';
import { sharedLayout, type FabricLayout, type Point } from './layout.ts';

export interface FabricScene {
  id: string;
  label: string;
  date: string;
  /** Position in the whole story (0 = first scene), what nodes' and links' lifespans count in. */
  index: number;
}

export interface FabricNodeData {
  id: string;
  label: string;
  kind: FabricNode['kind'];
  realm: FabricNode['realm'];
  /** One of the characters whose arc the story follows: always labelled. */
  lead?: true;
  /** Story position where the node appears. */
  from: number;
  /** Story position from which it is gone; absent while it lasts to the end. */
  until?: number;
}

/**
 * A link as a tuple, not an object: the island props of a section carry about fifty of them and
 * Astro's serialisation triples the cost of every key.
 */
export type FabricLinkData = [
  /** Index into nodes. */
  source: number,
  /** Index into nodes. */
  target: number,
  kind: FabricLink['kind'],
  /** Story position where the link appears. */
  from: number,
  /** Story position from which it is gone; null while it lasts to the end. */
  until: number | null,
];

export interface FabricData {
  /** The scenes the chart can show, in story order. */
  scenes: FabricScene[];
  nodes: FabricNodeData[];
  links: FabricLinkData[];
  /** Scene id -> position of each node (same order as nodes) in the unit square, null if absent. */
  positions: Record<string, (Point | null)[]>;
}

// Every fabric section of the build shares one layout: the simulation runs once per timeline.
const layoutOf = (timeline: Timeline): FabricLayout => sharedLayout(timeline.fabric, timeline.scenes);

/**
 * The fabric for the whole story, or, given `sceneIds`, only what those scenes show: the props
 * are serialised into every page with a fabric section, so a section passes its own scenes.
 */
export function fabricData(timeline: Timeline, sceneIds?: readonly string[]): FabricData {
  const order = new Map(timeline.scenes.map((s, i) => [s.id, i]));
  const position = (id: string) => order.get(id) ?? -1;
  for (const id of sceneIds ?? []) {
    if (!order.has(id)) throw new Error(`fabricData: got scene "${id}", expected a scene id from content/data/scenes.json`);
  }
  const wanted = sceneIds ? new Set(sceneIds) : undefined;
  const scenes = timeline.scenes.map((s, index) => ({ id: s.id, label: s.label, date: s.date, index })).filter((s) => !wanted || wanted.has(s.id));
  const span = (item: { from: string; until?: string | undefined }) => {
    const until = item.until === undefined ? undefined : position(item.until);
    return until === undefined ? { from: position(item.from) } : { from: position(item.from), until };
  };
  // What lived just before a scene stays too, so a section's first step can tell what changed.
  const shown = (item: { from: number; until?: number }) => scenes.some((s) => item.from <= s.index && s.index - 1 < (item.until ?? Infinity));

  const leads = new Set(Object.keys(timeline.arcs.characters));
  const nodes: FabricNodeData[] = timeline.fabric.nodes
    .map((n) => ({ id: n.id, label: n.label, kind: n.kind, realm: n.realm, ...(leads.has(n.id) ? { lead: true as const } : {}), ...span(n) }))
    .filter(shown);
  const nodeIndex = new Map(nodes.map((n, i) => [n.id, i]));
  const links: FabricLinkData[] = timeline.fabric.links
    .map((l) => ({ ...span(l), link: l }))
    .filter(shown)
    .map(({ from, until, link }) => [nodeIndex.get(link.source) ?? -1, nodeIndex.get(link.target) ?? -1, link.kind, from, until ?? null]);

  const layout = layoutOf(timeline);
  const positions = Object.fromEntries(scenes.map((s) => [s.id, nodes.map((n) => layout[s.id]?.[n.id] ?? null)]));
  return { scenes, nodes, links, positions };
}
