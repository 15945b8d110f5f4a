// The fabric chart in words and numbers: a description of the network at a scene (counts, the
// Loom, what appeared and ended since the step before) and the table behind a section. Pure: it
// reads the same data as the drawing, and knows nothing of geometry.
import { formatMonth } from '../../lib/format.ts';
import type { DataTable } from '../shared/types.ts';
import type { FabricData, FabricLinkData, FabricNodeData } from './data.ts';
import { fabricCounts, linkAlive, nodeAlive, plural, sceneOf } from './model.ts';

type LinkKind = FabricLinkData[2];

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
  const ofKind = (kind: LinkKind) => data.links.filter((l) => l[2] === kind);
  const end = (l: FabricLinkData) => (data.nodes[l[0]]?.kind === 'hub' ? l[1] : l[0]);
  // A control link that ends with the Loom, or with its node, is told by that end.
  const loom = fabricCounts(data, now).loom;
  const cut = died(ofKind('control'), linkAlive).filter((l) => loom && nodeAlive(data.nodes[end(l)] as FabricNodeData, now));
  const sentences: [string, string[]][] = [
    // The Loom's own end has a sentence of its own.
    ['New', born(data.nodes, nodeAlive).map((n) => n.label)],
    ['Gone', died(data.nodes, nodeAlive).filter((n) => n.kind !== 'hub').map((n) => n.label)],
    ['Cut loose from the Loom', cut.map((l) => nameOf(data, end(l)))],
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
  // Without a previous step, compare with the scene before in the story (a slice keeps what lived then).
  const before = previousSceneId === undefined ? scene.index - 1 : sceneOf(data, previousSceneId).index;
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
