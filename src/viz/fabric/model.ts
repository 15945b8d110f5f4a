// The fabric chart as pure data: for a scroll frame and a size, where each node and link is drawn,
// how visible it is, which labels fit, the key with its counts, the words that describe the state
// and the table behind it. Positions come precomputed; no force layout, DOM, Svelte or scrolling.
import type { Frame } from '../../scrolly/frame.ts';
import { formatMonth } from '../../lib/formatDate.ts';
import { lerp, r1 } from '../shared/lerp.ts';
import type { DataTable, Size } from '../shared/types.ts';
import type { FabricData, FabricLinkData, FabricNodeData, FabricScene } from './data.ts';

type Kind = FabricNodeData['kind'];
type Realm = FabricNodeData['realm'];
type LinkKind = FabricLinkData[2];

export interface FabricMark {
  id: string;
  kind: Kind;
  realm: Realm;
  lead: boolean;
  x: number;
  y: number;
  /** Radius of a circle, half the side of a square. */
  size: number;
  opacity: number;
}

export interface FabricEdge {
  id: string;
  kind: LinkKind;
  /** A tie between two different realms: the threads of the new fabric. */
  cross: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  opacity: number;
}

export interface FabricLabel {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  strong: boolean;
  opacity: number;
}

export type KeyGlyph = LinkKind | 'cross' | 'alterna' | 'glimmers' | 'seam' | 'community' | 'institution';

export interface FabricKeyItem {
  glyph: KeyGlyph;
  text: string;
  x: number;
  y: number;
}

export interface FabricCounts {
  nodes: number;
  control: number;
  bridge: number;
  tie: number;
  /** Ties whose two ends belong to different realms. */
  cross: number;
  loom: boolean;
}

export interface FabricView {
  scene: string;
  fontSize: number;
  nodes: FabricMark[];
  links: FabricEdge[];
  labels: FabricLabel[];
  key: FabricKeyItem[];
  counts: FabricCounts;
}

const REALMS: readonly Realm[] = ['alterna', 'glimmers', 'seam'];
const KEY_ROW = 18;
const PAD = 6;

export const fontSize = (width: number) => (width < 480 ? 11 : 12);
/** Rough text width for Inter: enough to keep labels apart without measuring the DOM. */
const textWidth = (text: string, size: number, strong = false) => text.length * size * (strong ? 0.6 : 0.56);
const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

export function sceneOf(data: FabricData, sceneId: string): FabricScene {
  const scene = data.scenes.find((s) => s.id === sceneId);
  if (!scene) throw new Error(`fabric chart: got scene "${sceneId}", expected one of ${data.scenes.map((s) => s.id).join(', ')}`);
  return scene;
}

const alive = (from: number, until: number | null | undefined, at: number) => from <= at && at < (until ?? Infinity);
const nodeAlive = (node: FabricNodeData, at: number) => alive(node.from, node.until, at);
const linkAlive = (link: FabricLinkData, at: number) => alive(link[3], link[4], at);

function isCross(data: FabricData, link: FabricLinkData): boolean {
  const a = data.nodes[link[0]]?.realm;
  const b = data.nodes[link[1]]?.realm;
  return link[2] === 'tie' && a !== b && REALMS.includes(a as Realm) && REALMS.includes(b as Realm);
}

export function fabricCounts(data: FabricData, at: number): FabricCounts {
  const links = data.links.filter((l) => linkAlive(l, at));
  const of = (kind: LinkKind) => links.filter((l) => l[2] === kind).length;
  return {
    nodes: data.nodes.filter((n) => nodeAlive(n, at)).length,
    control: of('control'),
    bridge: of('bridge'),
    tie: of('tie'),
    cross: links.filter((l) => isCross(data, l)).length,
    loom: data.nodes.some((n) => n.kind === 'hub' && nodeAlive(n, at)),
  };
}

/** The label that fits a phone: first names, no leading article, the last word of long names. */
export function shortLabel(label: string, kind: Kind): string {
  if (kind === 'hub') return label;
  const words = label.split(' ');
  if (kind === 'person') return words.length >= 3 ? `${words[0]} ${words[words.length - 1]}` : (words[0] ?? label);
  let text = label.replace(/^The /, '');
  if (text.length > 17) text = words[words.length - 1] ?? text;
  if (text.length > 17) text = text.split('-').pop() ?? text;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function keyItems(counts: FabricCounts, narrow: boolean): { glyph: KeyGlyph; text: string; room: string }[] {
  const item = (glyph: KeyGlyph, text: string, room = text) => ({ glyph, text, room });
  const control = narrow ? `${counts.control} control` : plural(counts.control, 'control link');
  return [
    item('control', control, narrow ? '00 control' : '00 control links'),
    item('bridge', plural(counts.bridge, 'bridge'), '00 bridges'),
    item('tie', plural(counts.tie, 'tie'), '00 ties'),
    item('cross', `${counts.cross} across realms`, '00 across realms'),
    item('alterna', 'Alterna'),
    item('glimmers', 'Glimmers'),
    item('seam', 'Seam'),
    item('community', 'community'),
    item('institution', 'institution'),
  ];
}

/** The key flows into rows; its room is reserved for two-digit counts so the height never jumps. */
function layoutKey(counts: FabricCounts, width: number, size: number): { items: FabricKeyItem[]; height: number } {
  let x = 0;
  let y = 0;
  const items = keyItems(counts, width < 480).map(({ glyph, text, room }) => {
    const w = 22 + textWidth(room, size) + 10;
    if (x > 0 && x + w > width) {
      x = 0;
      y += KEY_ROW;
    }
    const placed = { glyph, text, x: r1(x), y };
    x += w;
    return placed;
  });
  return { items, height: y + KEY_ROW + 8 };
}

/** Total height the chart needs at a width: the key above, the network below. */
export function fabricHeight(width: number): number {
  const key = layoutKey({ nodes: 0, control: 0, bridge: 0, tie: 0, cross: 0, loom: true }, width, fontSize(width)).height;
  return key + Math.round(width < 480 ? width * 0.85 : width * 0.64);
}

function markSize(node: FabricNodeData, width: number): number {
  const s = Math.min(1.1, Math.max(0.75, width / 640));
  const base = { hub: 14, community: 8, institution: 7, person: node.lead ? 7 : 5.5 }[node.kind];
  return r1(base * s);
}

export function fabricView(data: FabricData, frame: Frame, size: Size): FabricView {
  const from = sceneOf(data, frame.scene);
  const to = sceneOf(data, frame.towards);
  const t = frame.towards === frame.scene ? 0 : frame.t;
  const fs = fontSize(size.width);
  const counts = fabricCounts(data, (t < 0.5 ? from : to).index);
  const key = layoutKey(counts, size.width, fs);
  const top = key.height;
  const px = (u: number) => PAD + u * (size.width - 2 * PAD);
  const py = (u: number) => top + u * (size.height - top - PAD);
  const share = (a: boolean, b: boolean) => (a && b ? 1 : a ? 1 - t : b ? t : 0);

  const here = data.positions[from.id] ?? [];
  const there = data.positions[to.id] ?? [];
  const points = data.nodes.map((_, i) => {
    const a = here[i];
    const b = there[i];
    const p = a && b ? [lerp(a[0], b[0], t), lerp(a[1], b[1], t)] : (a ?? b);
    return p ? { x: r1(px(p[0] as number)), y: r1(py(p[1] as number)) } : undefined;
  });

  const nodes: FabricMark[] = [];
  data.nodes.forEach((node, i) => {
    const opacity = share(nodeAlive(node, from.index), nodeAlive(node, to.index));
    const point = points[i];
    if (opacity <= 0 || !point) return;
    nodes.push({ id: node.id, kind: node.kind, realm: node.realm, lead: node.lead === true, ...point, size: markSize(node, size.width), opacity: Math.round(opacity * 100) / 100 });
  });

  const links: FabricEdge[] = [];
  data.links.forEach((link, i) => {
    const opacity = share(linkAlive(link, from.index), linkAlive(link, to.index));
    const a = points[link[0]];
    const b = points[link[1]];
    if (opacity <= 0 || !a || !b) return;
    links.push({ id: `l${i}`, kind: link[2], cross: isCross(data, link), x1: a.x, y1: a.y, x2: b.x, y2: b.y, opacity: Math.round(opacity * 100) / 100 });
  });

  return { scene: frame.scene, fontSize: fs, nodes, links, labels: placeLabels(data, nodes, size, top, fs), key: key.items, counts };
}

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

/**
 * Greedy labelling: the Loom and the leads first, then communities, institutions and the rest.
 * Each tries right, left, below and above its mark; a label that fits nowhere is dropped, except
 * for the Loom and the leads, which take the least crowded place.
 */
function placeLabels(data: FabricData, marks: FabricMark[], size: Size, top: number, fs: number): FabricLabel[] {
  const short = size.width < 560;
  const rank = (m: FabricMark) => (m.opacity < 0.5 ? 10 : 0) + (m.kind === 'hub' ? 0 : m.lead ? 1 : m.kind === 'community' ? 2 : m.kind === 'institution' ? 3 : 4);
  const obstacles: Box[] = marks.map((m) => [m.x - m.size - 1, m.y - m.size - 1, m.x + m.size + 1, m.y + m.size + 1]);
  const placed: FabricLabel[] = [];
  for (const mark of [...marks].sort((a, b) => rank(a) - rank(b))) {
    const node = data.nodes.find((n) => n.id === mark.id);
    if (!node) continue;
    const strong = mark.kind === 'hub' || mark.lead;
    const text = short ? shortLabel(node.label, node.kind) : node.label;
    const w = textWidth(text, fs, strong);
    const gap = mark.size + 3;
    const candidates: (FabricLabel & { box: Box })[] = [
      { x: mark.x + gap, y: mark.y + fs * 0.35, anchor: 'start' as const, box: [mark.x + gap, mark.y - fs * 0.55, mark.x + gap + w, mark.y + fs * 0.55] as Box },
      { x: mark.x - gap, y: mark.y + fs * 0.35, anchor: 'end' as const, box: [mark.x - gap - w, mark.y - fs * 0.55, mark.x - gap, mark.y + fs * 0.55] as Box },
      { x: mark.x, y: mark.y + gap + fs * 0.8, anchor: 'middle' as const, box: [mark.x - w / 2, mark.y + gap, mark.x + w / 2, mark.y + gap + fs] as Box },
      { x: mark.x, y: mark.y - gap - fs * 0.2, anchor: 'middle' as const, box: [mark.x - w / 2, mark.y - gap - fs, mark.x + w / 2, mark.y - gap] as Box },
    ]
      .filter((c) => c.box[0] >= 0 && c.box[2] <= size.width && c.box[1] >= top - 4 && c.box[3] <= size.height)
      .map((c) => ({ ...c, id: mark.id, text, strong, opacity: mark.opacity, x: r1(c.x), y: r1(c.y) }));
    const own = obstacles[marks.indexOf(mark)];
    const crowding = (box: Box) => obstacles.reduce((sum, o) => sum + (o === own ? 0 : overlap(box, o)), 0) + placed.reduce((sum, p) => sum + overlap(box, (p as FabricLabel & { box: Box }).box), 0);
    const scored = candidates.map((c) => ({ c, crowd: crowding(c.box) }));
    const free = scored.find((s) => s.crowd === 0);
    const forced = strong ? [...scored].sort((a, b) => a.crowd - b.crowd)[0] : undefined;
    const chosen = free ?? forced;
    if (chosen) placed.push(chosen.c);
  }
  return placed.map(({ id, text, x, y, anchor, strong, opacity }) => ({ id, text, x, y, anchor, strong, opacity }));
}

const nameOf = (data: FabricData, i: number) => data.nodes[i]?.label ?? '';
const pairOf = (data: FabricData, link: FabricLinkData) => `${nameOf(data, link[0])}–${nameOf(data, link[1])}`;

export function listOf(items: string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What appeared and what ended between two moments, named, one short sentence per kind. */
function changes(data: FabricData, before: number, now: number): string[] {
  const born = <T>(items: T[], isAlive: (item: T, at: number) => boolean) => items.filter((x) => !isAlive(x, before) && isAlive(x, now));
  const died = <T>(items: T[], isAlive: (item: T, at: number) => boolean) => items.filter((x) => isAlive(x, before) && !isAlive(x, now));
  const loomNow = fabricCounts(data, now).loom;
  const ofKind = (kind: LinkKind) => data.links.filter((l) => l[2] === kind);
  const otherEnd = (l: FabricLinkData) => (data.nodes[l[0]]?.kind === 'hub' ? l[1] : l[0]);
  const sentences: [string, string[]][] = [
    ['New', born(data.nodes, nodeAlive).map((n) => n.label)],
    // The Loom's own end has a sentence of its own.
    ['Gone', died(data.nodes, nodeAlive).filter((n) => n.kind !== 'hub').map((n) => n.label)],
    ['Cut loose from the Loom', loomNow ? died(ofKind('control'), linkAlive).filter((l) => nodeAlive(data.nodes[otherEnd(l)] as FabricNodeData, now)).map((l) => nameOf(data, otherEnd(l))) : []],
    ['New bridges', born(ofKind('bridge'), linkAlive).map((l) => pairOf(data, l))],
    ['Bridges broken', died(ofKind('bridge'), linkAlive).map((l) => pairOf(data, l))],
    ['New ties', born(ofKind('tie'), linkAlive).map((l) => pairOf(data, l))],
    ['Ties ended', died(ofKind('tie'), linkAlive).map((l) => pairOf(data, l))],
  ];
  return sentences.filter(([, names]) => names.length > 0).map(([head, names]) => `${head}: ${listOf(names)}.`);
}

/** The state at a scene, in words: the counts, whether the Loom stands, and what changed. */
export function describeFabric(data: FabricData, sceneId: string, previousSceneId?: string): string {
  const scene = sceneOf(data, sceneId);
  // Without a previous step, compare with the scene before in the data: a slice made for one
  // section lacks whatever only lived in between.
  const before = previousSceneId === undefined ? (data.scenes[data.scenes.indexOf(scene) - 1]?.index ?? -1) : sceneOf(data, previousSceneId).index;
  const c = fabricCounts(data, scene.index);
  const cross = c.cross === 0 ? 'none' : c.cross === c.tie ? 'all' : `${c.cross}`;
  const head = `${scene.label}, ${formatMonth(scene.date)}: ${c.nodes} nodes, ${plural(c.control, 'control link')}, ${plural(c.bridge, 'bridge')} and ${plural(c.tie, 'tie')}, ${cross} across realms.`;
  const straight = data.links.some((l) => l[2] !== 'control' && linkAlive(l, scene.index) && [data.nodes[l[0]]?.realm, data.nodes[l[1]]?.realm].sort().join() === 'alterna,glimmers');
  const was = before < 0 ? undefined : fabricCounts(data, before);
  const loom = c.loom
    ? `The Loom is still at the centre${straight ? '' : ', and no tie runs straight between Alterna and the Glimmers'}.`
    : was?.loom
      ? `The Loom is gone, and its last ${plural(was.control, 'control link')} with it.`
      : 'The Loom is gone.';
  if (before < 0) return `${head} ${loom}`;
  const changed = changes(data, before, scene.index);
  return [head, loom, ...(changed.length > 0 ? changed : ['Nothing changed since the step before.'])].join(' ');
}

export function fabricTable(data: FabricData, scenes: readonly string[]): DataTable {
  const rows = scenes.map((sceneId) => {
    const scene = sceneOf(data, sceneId);
    const c = fabricCounts(data, scene.index);
    return [scene.label, formatMonth(scene.date), ...[c.nodes, c.control, c.bridge, c.tie, c.cross].map(String)];
  });
  return {
    caption: 'Nodes and links of the neural fabric at each step of this section (cross-realm ties join two different realms)',
    columns: ['Scene', 'Date', 'Nodes', 'Control links', 'Bridges', 'Ties', 'Cross-realm ties'],
    rows,
    numeric: [false, false, true, true, true, true, true],
  };
}
