// The fabric chart as pure data: for a scroll frame and a size, where each node and link is drawn,
// how visible it is, which labels fit and the key with its counts (its words and table are in
// describe.ts). Positions come precomputed; no force layout, DOM, Svelte or scrolling.
import type { Frame } from '../../scrolly/frame.ts';
import { lerp, r1 } from '../shared/math.ts';
import type { Size } from '../shared/types.ts';
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
export const plural = (n: number, word: string, words = `${word}s`) => `${n} ${n === 1 ? word : words}`;

export function sceneOf(data: FabricData, sceneId: string): FabricScene {
  const scene = data.scenes.find((s) => s.id === sceneId);
  if (!scene) throw new Error(`fabric chart: got scene "${sceneId}", expected one of ${data.scenes.map((s) => s.id).join(', ')}`);
  return scene;
}

const alive = (from: number, until: number | null | undefined, at: number) => from <= at && at < (until ?? Infinity);
export const nodeAlive = (node: FabricNodeData, at: number) => alive(node.from, node.until, at);
export const linkAlive = (link: FabricLinkData, at: number) => alive(link[3], link[4], at);

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

/** Key entries: glyph, text, and the text whose room is reserved so the key never reflows. */
function keyItems(c: FabricCounts, narrow: boolean): [KeyGlyph, string, string][] {
  const count = (glyph: KeyGlyph, n: number, word: string, words = `${word}s`): [KeyGlyph, string, string] => [glyph, plural(n, word, words), `00 ${words}`];
  const named = ['Alterna', 'Glimmers', 'Seam', 'community', 'institution'].map((text): [KeyGlyph, string, string] => [text.toLowerCase() as KeyGlyph, text, text]);
  const control = narrow ? count('control', c.control, 'control', 'control') : count('control', c.control, 'control link');
  return [control, count('bridge', c.bridge, 'bridge'), count('tie', c.tie, 'tie'), count('cross', c.cross, 'across realms', 'across realms'), ...named];
}

/** The key flows into rows; room is reserved for two-digit counts so its height never jumps. */
function layoutKey(counts: FabricCounts, width: number, size: number): { items: FabricKeyItem[]; height: number } {
  let x = 0;
  let y = 0;
  const items = keyItems(counts, width < 480).map(([glyph, text, room]) => {
    const w = 32 + textWidth(room, size);
    if (x > 0 && x + w > width) [x, y] = [0, y + KEY_ROW];
    x += w;
    return { glyph, text, x: r1(x - w), y };
  });
  return { items, height: y + KEY_ROW + 8 };
}

/** Total height the chart needs at a width: the key above, the network below. */
export function fabricHeight(width: number): number {
  const none = { nodes: 0, control: 0, bridge: 0, tie: 0, cross: 0, loom: true };
  return layoutKey(none, width, fontSize(width)).height + Math.round(width * (width < 480 ? 0.85 : 0.64));
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
  data.links.forEach((link) => {
    const opacity = share(linkAlive(link, from.index), linkAlive(link, to.index));
    const a = points[link[0]];
    const b = points[link[1]];
    if (opacity <= 0 || !a || !b) return;
    links.push({ id: `${data.nodes[link[0]]?.id}-${data.nodes[link[1]]?.id}-${link[3]}`, kind: link[2], cross: isCross(data, link), x1: a.x, y1: a.y, x2: b.x, y2: b.y, opacity: Math.round(opacity * 100) / 100 });
  });

  return { scene: frame.scene, fontSize: fs, nodes, links, labels: placeLabels(data, nodes, size, top, fs), key: key.items, counts };
}

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
/** Where a label may sit around its mark, in order of preference: right, left, below, above. */
const SPOTS = [[1, 0, 'start'], [-1, 0, 'end'], [0, 1, 'middle'], [0, -1, 'middle']] as const;

/**
 * Greedy labelling: the Loom and the leads first, then communities, institutions and the rest.
 * A label that fits nowhere is dropped, except the Loom's and the leads', which take the least
 * crowded place. Fading marks come last, so their labels give way to those that stay.
 */
function placeLabels(data: FabricData, marks: FabricMark[], size: Size, top: number, fs: number): FabricLabel[] {
  const rank = (m: FabricMark) => (m.opacity < 0.5 ? 10 : 0) + (m.kind === 'hub' ? 0 : m.lead ? 1 : m.kind === 'person' ? 4 : m.kind === 'community' ? 2 : 3);
  const taken: Box[] = marks.map((m) => [m.x - m.size - 1, m.y - m.size - 1, m.x + m.size + 1, m.y + m.size + 1]);
  const labels: FabricLabel[] = [];
  for (const mark of [...marks].sort((a, b) => rank(a) - rank(b))) {
    const node = data.nodes.find((n) => n.id === mark.id) as FabricNodeData;
    const strong = mark.kind === 'hub' || mark.lead;
    const text = size.width < 560 ? shortLabel(node.label, node.kind) : node.label;
    const w = textWidth(text, fs, strong);
    const gap = mark.size + 3;
    const own = taken[marks.indexOf(mark)];
    let best: { crowd: number; box: Box; label: FabricLabel } | undefined;
    for (const [dx, dy, anchor] of SPOTS) {
      const x = mark.x + dx * gap;
      const mid = mark.y + dy * (gap + fs * 0.5);
      const left = x - (anchor === 'end' ? w : anchor === 'middle' ? w / 2 : 0);
      const box: Box = [left, mid - fs * 0.55, left + w, mid + fs * 0.55];
      if (box[0] < 0 || box[2] > size.width || box[1] < top - 4 || box[3] > size.height) continue;
      const crowd = taken.reduce((sum, o) => sum + (o === own ? 0 : overlap(box, o)), 0);
      if (!best || crowd < best.crowd) best = { crowd, box, label: { id: mark.id, text, x: r1(x), y: r1(mid + fs * 0.35), anchor, strong, opacity: mark.opacity } };
      if (crowd === 0) break;
    }
    if (best && (best.crowd === 0 || strong)) {
      labels.push(best.label);
      taken.push(best.box);
    }
  }
  return labels;
}
