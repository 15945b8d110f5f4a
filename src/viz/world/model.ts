// The city in cross-section as pure data: for a scroll frame and a size, the realms' bands and the
// cloud line, the places as dots, where each protagonist stands (moving between places with the
// frame) with the trail behind them, the labels, the words that describe the moment and the table
// behind it. Knows nothing of the DOM, of Svelte or of scrolling.
import type { Frame } from '../../scrolly/frame.ts';
import { formatMonth } from '../../lib/format.ts';
import { lerp, linear, r1 } from '../shared/math.ts';
import { markerShape } from '../shared/markers.ts';
import type { DataTable, Size } from '../shared/types.ts';
import { CLOUD_LINE, type WorldCharacter, type WorldData, type WorldPlace } from './data.ts';
import { fixedBox, placeLabels, pointBox, type LabelRequest, type PlacedLabel } from './labels.ts';

/** Heights drawn, in metres: a little below the Culverts to a little above the highest roof. */
const LEVELS: readonly [number, number] = [-80, 1180];
/** Where the Seam's shaft stands on the west-east axis: around its stair, lifts and gate. */
const SEAM_SPAN: readonly [number, number] = [42.5, 58.5];
const MARGIN = { top: 6, bottom: 6, side: 10 };
/** Co-located people stand this far apart (px), so every marker shows. */
const SPREAD = 15;
const TEXT = 12;
const SMALL = 11;
/** From this width (px) the chart names more than the places people stand at. */
const ROOMY = 480;

export function worldHeight(width: number): number {
  return Math.round(Math.min(560, 0.6 * width + 150));
}

export interface WorldMark {
  id: string;
  colour: string;
  shape: string;
  x: number;
  y: number;
  opacity: number;
  /** The place the marker stands at, or is nearest to on its way. */
  place: string;
  trail: string;
}

export interface WorldText extends PlacedLabel {
  kind: 'realm' | 'level' | 'here' | 'place' | 'district' | 'name';
  colour?: string;
}

export interface WorldView {
  scene: string;
  width: number;
  height: number;
  /** Quiet context: the sky above the clouds, the Seam's shaft, the ground below the streets. */
  sky: string;
  seam: string;
  earth: string;
  /** Street level and the 1,000 m line. */
  grid: string;
  cloud: string;
  /** Every place as a small dot; the named ones as larger dots. */
  dots: string;
  namedDots: string;
  /** The current scene's place (none on the map). */
  here: { x: number; y: number; place: string } | undefined;
  leaders: string;
  marks: WorldMark[];
  texts: WorldText[];
}

export function sceneIndex(data: WorldData, sceneId: string): number {
  const i = data.scenes.findIndex((s) => s.id === sceneId);
  if (i < 0) throw new Error(`world chart: got scene "${sceneId}", expected a scene id from the timeline`);
  return i;
}

export function placeById(data: WorldData, id: string): WorldPlace {
  const place = data.places.find((p) => p.id === id);
  if (!place) throw new Error(`world chart: got place "${id}", expected a place id from content/data/places.json`);
  return place;
}

/** Where a person is at a scene position: their latest stop at or before it. */
export function placeAt(character: WorldCharacter, order: number): string | undefined {
  let found: string | undefined;
  for (const stop of character.stops) if (stop.order <= order) found = stop.place;
  return found;
}

/** Capital first letter, for a label that opens with "the". */
export const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** "760 m", "1,100 m", "18 m below ground". */
export function formatLevel(level: number): string {
  const metres = String(Math.abs(level)).replace(/\B(?=(\d{3})+$)/g, ',');
  return level < 0 ? `${metres} m below ground` : `${metres} m`;
}

interface Scales {
  x: (value: number) => number;
  y: (value: number) => number;
}

function scales(size: Size): Scales {
  const x = linear([0, 100], [MARGIN.side, size.width - MARGIN.side]);
  const y = linear(LEVELS, [size.height - MARGIN.bottom, MARGIN.top]);
  return { x: (v) => r1(x(v)), y: (v) => r1(y(v)) };
}

/** Each person's point at a scene position: their place, spread sideways from others there. */
function standing(data: WorldData, order: number, s: Scales): Map<string, { x: number; y: number; place: string }> {
  const byPlace = new Map<string, string[]>();
  for (const c of data.characters) {
    const place = placeAt(c, order);
    if (place) byPlace.set(place, [...(byPlace.get(place) ?? []), c.id]);
  }
  const points = new Map<string, { x: number; y: number; place: string }>();
  for (const [placeId, ids] of byPlace) {
    const place = placeById(data, placeId);
    ids.forEach((id, k) => points.set(id, { x: r1(s.x(place.x) + (k - (ids.length - 1) / 2) * SPREAD), y: s.y(place.level), place: placeId }));
  }
  return points;
}

// Straight segments: the trail is exactly the path the marker took between places.
const polyline = (points: readonly (readonly [number, number])[]) => (points.length > 1 ? `M${points.map((p) => p.join(',')).join('L')}` : '');

function moveMarks(data: WorldData, frame: Frame, s: Scales): WorldMark[] {
  const from = sceneIndex(data, frame.scene);
  const to = sceneIndex(data, frame.towards);
  // The positions a marker passes through: this step's, every stop on the way, the next step's.
  const orders = [...new Set([from, ...data.characters.flatMap((c) => c.stops.map((p) => p.order)).filter((o) => o > from && o < to), to])].sort((a, b) => a - b);
  const states = orders.map((o) => standing(data, o, s));
  const segments = states.length - 1;
  const u = frame.t * segments;
  const at = Math.min(Math.floor(u), Math.max(0, segments - 1));
  const share = segments === 0 ? 0 : u - at;
  return data.characters.flatMap((character, i) => {
    const a = states[at]?.get(character.id);
    const z = states[Math.min(at + 1, segments)]?.get(character.id);
    const start = a ?? z;
    if (!start) return [];
    const end = z ?? start;
    const x = r1(lerp(start.x, end.x, share));
    const y = r1(lerp(start.y, end.y, share));
    // The trail: every place passed so far, at its centre, then the marker itself.
    const passed = character.stops.filter((p) => p.order <= (orders[Math.floor(u)] ?? from)).map((p) => p.place);
    const visited = passed.filter((p, k) => p !== passed[k - 1]).map((id) => placeById(data, id));
    // Standing at the one place they have been: no trail (only the step off its centre).
    const still = visited.length < 2 && start.place === end.place;
    const trail = still ? '' : polyline([...visited.map((p) => [s.x(p.x), s.y(p.level)] as const), [x, y]]);
    return [{ id: character.id, colour: character.colour, shape: markerShape(i), x, y, opacity: a ? 1 : r1(share), place: share < 0.5 ? start.place : end.place, trail }];
  });
}

/** `map`: the city alone, every place and no people (the /world/ page). */
export function worldView(data: WorldData, frame: Frame, size: Size, map = false): WorldView {
  const s = scales(size);
  const [west, east] = [s.x(0) - MARGIN.side, s.x(100) + MARGIN.side];
  const [top, cloud, ground, bottom] = [s.y(LEVELS[1]) - MARGIN.top, s.y(CLOUD_LINE), s.y(0), s.y(LEVELS[0]) + MARGIN.bottom];
  const [seamW, seamE] = [s.x(SEAM_SPAN[0]), s.x(SEAM_SPAN[1])];
  const scene = data.scenes[sceneIndex(data, frame.scene)];
  const herePlace = placeById(data, scene?.place ?? '');
  const here = { x: s.x(herePlace.x), y: s.y(herePlace.level), place: herePlace.id };
  const named = new Set(data.named);
  const marks = map ? [] : moveMarks(data, frame, s);
  // A phone names only the scene's place and where people stand; wider charts name every place
  // the section is about, and the districts around them where there is room.
  const roomy = size.width >= ROOMY;
  const occupied = new Set(marks.map((m) => m.place));

  // Fixed words: realms at the left of their bands, heights at the right of their lines.
  const fixed: WorldText[] = [
    { key: 'alterna', kind: 'realm', x: west + 2, y: top + 14, anchor: 'start', text: 'ALTERNA', leader: '' },
    { key: 'glimmers', kind: 'realm', x: west + 2, y: s.y(170), anchor: 'start', text: 'THE GLIMMERS', leader: '' },
    { key: 'seam', kind: 'realm', x: r1((seamW + seamE) / 2), y: s.y(470), anchor: 'middle', text: 'SEAM', leader: '' },
    { key: 'cloud', kind: 'level', x: east - 2, y: cloud - 4, anchor: 'end', text: 'Cloud line, 600 m', leader: '' },
    { key: 'k1', kind: 'level', x: east - 2, y: s.y(1000) - 4, anchor: 'end', text: '1,000 m', leader: '' },
    { key: 'street', kind: 'level', x: east - 2, y: ground - 4, anchor: 'end', text: 'Street level', leader: '' },
  ];
  const obstacles = [
    ...fixed.map((t) => fixedBox(t.x, t.y, t.anchor, t.text, SMALL)),
    ...marks.map((m) => pointBox(m.x, m.y, 8)),
    ...data.places.filter((p) => named.has(p.id)).map((p) => pointBox(s.x(p.x), s.y(p.level), 3)),
  ];
  const requests: (LabelRequest & { kind: WorldText['kind']; colour?: string })[] = [
    ...marks.map((m) => ({ key: m.id, kind: 'name' as const, colour: m.colour, x: m.x, y: m.y, text: data.characters.find((c) => c.id === m.id)?.short ?? m.id, size: TEXT, bold: true, required: true })),
    ...(map ? [] : [{ key: `place-${here.place}`, kind: 'here' as const, x: here.x, y: here.y, text: upperFirst(herePlace.name), size: TEXT, bold: true, required: true }]),
    ...data.places
      .filter((p) => (map || p.id !== here.place) && (roomy || map ? named.has(p.id) : occupied.has(p.id)))
      .map((p) => ({ key: `place-${p.id}`, kind: 'place' as const, x: s.x(p.x), y: s.y(p.level), text: upperFirst(p.name), size: SMALL })),
    ...(roomy ? data.places : [])
      .filter((p) => p.name === p.district && !named.has(p.id))
      .map((p) => ({ key: `place-${p.id}`, kind: 'district' as const, x: s.x(p.x), y: s.y(p.level), text: upperFirst(p.name), size: SMALL })),
  ];
  const kinds = new Map(requests.map((r) => [r.key, r]));
  const placed = placeLabels(requests, obstacles, { x0: west, y0: top, x1: east, y1: bottom });
  const texts: WorldText[] = [...fixed, ...placed.map((label) => {
    const request = kinds.get(label.key);
    return { ...label, kind: request?.kind ?? 'place', ...(request?.colour ? { colour: request.colour } : {}) };
  })];
  const dot = (p: WorldPlace) => `M${s.x(p.x)},${s.y(p.level)}h0`;
  return {
    scene: frame.scene,
    width: size.width,
    height: size.height,
    sky: `M${west},${top}H${east}V${cloud}H${west}Z`,
    seam: `M${seamW},${cloud}H${seamE}V${ground}H${seamW}Z`,
    earth: `M${west},${ground}H${east}V${bottom}H${west}Z`,
    grid: `M${west},${ground}H${east}M${west},${s.y(1000)}H${east}`,
    cloud: `M${west},${cloud}H${east}`,
    dots: data.places.filter((p) => !named.has(p.id)).map(dot).join(''),
    namedDots: data.places.filter((p) => named.has(p.id)).map(dot).join(''),
    here: map ? undefined : here,
    leaders: placed.map((l) => l.leader).join(''),
    marks,
    texts,
  };
}

function where(data: WorldData, placeId: string): string {
  const place = placeById(data, placeId);
  return `${place.name} (${place.name === place.district ? '' : `${place.district}, `}${formatLevel(place.level)})`;
}

function direction(data: WorldData, fromId: string, toId: string): string {
  const rise = placeById(data, toId).level - placeById(data, fromId).level;
  return rise > 30 ? 'up' : rise < -30 ? 'down' : 'across';
}

/**
 * The moment in words: the scene and its place, then each person: who went where since the
 * previous step (or, without one, at this very scene), who is here, who was last seen elsewhere.
 */
export function describeWorld(data: WorldData, sceneId: string, previousSceneId?: string): string {
  const i = sceneIndex(data, sceneId);
  const since = previousSceneId === undefined ? i - 1 : sceneIndex(data, previousSceneId);
  const scene = data.scenes[i];
  if (!scene) return '';
  const place = placeById(data, scene.place);
  const realm = place.level < 0 ? 'below ground' : place.level > CLOUD_LINE ? 'above the cloud line' : place.realm === 'seam' ? 'in the Seam' : 'in the Glimmers';
  const people = data.characters.map((c) => {
    const now = placeAt(c, i);
    if (!now) return `${c.name} has not appeared yet.`;
    const before = placeAt(c, since);
    const fresh = c.stops.some((p) => p.order > since && p.order <= i);
    if (fresh && before && before !== now) return `${c.name} goes ${direction(data, before, now)} from ${where(data, before)} to ${where(data, now)}.`;
    if (fresh) return `${c.name} is at ${where(data, now)}.`;
    return `${c.name} was last at ${where(data, now)}.`;
  });
  return `${scene.label}, ${formatMonth(scene.date)}: ${where(data, place.id)}, ${realm}. ${people.join(' ')}`;
}

/** Where each protagonist is at each step of the section. */
export function worldTable(data: WorldData, scenes: readonly string[]): DataTable {
  return {
    caption: 'Where each scene happens and where each protagonist is at each step of this section (height in metres above street level)',
    columns: ['Scene', 'Place of the scene', ...data.characters.map((c) => c.short)],
    rows: scenes.map((sceneId) => {
      const i = sceneIndex(data, sceneId);
      const scene = data.scenes[i];
      const cells = data.characters.map((c) => {
        const now = placeAt(c, i);
        return now ? where(data, now) : 'not yet';
      });
      return [scene?.label ?? sceneId, where(data, scene?.place ?? ''), ...cells];
    }),
    numeric: [false, false, ...data.characters.map(() => false)],
  };
}

/** The map in words: the section's extent, its realms and its highest and lowest places. */
export function describePlaces(data: WorldData): string {
  const byLevel = [...data.places].sort((a, b) => b.level - a.level);
  const top = byLevel[0];
  const bottom = byLevel[byLevel.length - 1];
  if (!top || !bottom) return '';
  const count = (realm: WorldPlace['realm']) => data.places.filter((p) => p.realm === realm).length;
  return `A section through the city from west to east, with its ${data.places.length} places by height: ${count('alterna')} in the Spires of Alterna, above the cloud line at ${formatLevel(CLOUD_LINE)}; ${count('seam')} in the Seam, the shaft of stairs and lifts between the realms; ${count('glimmers')} in the Glimmers below. The highest is ${top.name} (${formatLevel(top.level)}), the lowest ${bottom.name} (${formatLevel(bottom.level)}).`;
}
