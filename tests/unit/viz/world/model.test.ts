import { describe, expect, it } from 'vitest';
import { worldData } from '../../../../src/viz/world/data.ts';
import { describePlaces, describeWorld, formatLevel, placeAt, sceneIndex, worldHeight, worldTable, worldView, type WorldView } from '../../../../src/viz/world/model.ts';
import { placeLabels } from '../../../../src/viz/world/labels.ts';
import { overlaps, labelBox, textWidth } from '../../../../src/viz/shared/labels.ts';
import { timeline, protagonists } from '../../helpers/realTimeline.ts';

const whole = worldData(timeline, protagonists);
const steps = ['a5-crossing', 'a5-gathering', 'a5-dismantling', 'a5-loom-dark', 'a5-new-fabric'];
const section = worldData(timeline, protagonists, steps);
const size = { width: 640, height: worldHeight(640) };
const phone = { width: 358, height: worldHeight(358) };
const at = (scene: string, towards = scene, t = 0) => ({ step: 0, scene, towards, t });
const mark = (view: WorldView, id: string) => view.marks.find((m) => m.id === id);
const placeXY = (id: string, s = size) => {
  const place = timeline.places.find((p) => p.id === id);
  if (!place) throw new Error(id);
  const x = 10 + (place.x / 100) * (s.width - 20);
  return { x, level: place.level };
};

describe('world data', () => {
  it('places each protagonist from the arcs (a point’s where, else its scene’s place) and the scenes’ whereabouts', () => {
    const elias = whole.characters.find((c) => c.id === 'elias-tran');
    if (!elias) throw new Error('no Elias');
    const order = (id: string) => sceneIndex(whole, id);
    // a5-crossing's arc point says where: the Lower Terrace, not the Saltline stair.
    expect(placeAt(elias, order('a5-crossing'))).toBe('lower-terrace');
    // a5-dismantling has no arc point for Elias; the scene's whereabouts put him in the Lab.
    expect(placeAt(elias, order('a5-dismantling'))).toBe('throttle-lab');
    // Between placements a person stays where last seen.
    expect(placeAt(elias, order('a5-concession'))).toBe('elias-studio');
    expect(placeAt(elias, 0)).toBeUndefined();
  });

  it('slices a section to the stops from each person’s place at its first step to its last step', () => {
    expect(section.scenes[0]?.id).not.toBe('a1-two-realms');
    for (const c of section.characters) {
      const orders = c.stops.map((s) => s.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(orders.filter((o) => o <= sceneIndex(section, 'a5-crossing'))).toHaveLength(1);
    }
    expect(section.named).toContain('saltline-stair');
    expect(section.named).toContain('the-basin');
    expect(section.named).not.toContain('halden-terrace');
    expect(whole.named).toHaveLength(timeline.places.length);
  });

  it('refuses a scene that is not in the story, naming it', () => {
    expect(() => worldData(timeline, protagonists, ['a9-nowhere'])).toThrow('worldData: got scene "a9-nowhere", expected a scene id from content/data/scenes.json');
  });

  it('refuses a protagonist without an arc, naming the file and the person', () => {
    expect(() => worldData(timeline, [{ id: 'the-streams', name: 'The Streams', colour: 'streams' }])).toThrow(
      'content/data/arcs.json: characters.the-streams: got nothing, expected the arc of every protagonist',
    );
  });
});

describe('world view', () => {
  it('draws the cloud line at 600 m between street level and the 1,000 m line, above the Seam', () => {
    const view = worldView(section, at('a5-gathering'), size);
    const y = (path: string) => Number(/M[\d.]+,([\d.]+)H/.exec(path)?.[1]);
    const [ground, thousand] = [...view.grid.matchAll(/M[\d.]+,([\d.]+)H/g)].map((m) => Number(m[1]));
    const cloud = y(view.cloud);
    expect(ground).toBeGreaterThan(cloud);
    expect(thousand).toBeLessThan(cloud);
    // Heights are to scale: 600 m above the ground is 60% of the way to 1,000 m.
    expect((ground as number) - cloud).toBeCloseTo(0.6 * ((ground as number) - (thousand as number)), 0);
    expect(view.seam).toContain(`V${ground}`);
  });

  it('puts each person at their place, spread sideways when they share it', () => {
    const view = worldView(section, at('a5-new-fabric'), size);
    const marks = view.marks;
    expect(marks.map((m) => m.place)).toEqual(['pumphouse', 'pumphouse', 'pumphouse', 'pumphouse']);
    const xs = marks.map((m) => m.x);
    expect(new Set(xs).size).toBe(4);
    const centre = placeXY('pumphouse').x;
    expect(xs.reduce((a, b) => a + b, 0) / 4).toBeCloseTo(centre, 0);
    expect(new Set(marks.map((m) => m.y)).size).toBe(1);
  });

  it('moves a marker with scroll progress, straight from one place to the next', () => {
    const start = mark(worldView(section, at('a5-crossing', 'a5-gathering', 0), size), 'elias-tran');
    const half = mark(worldView(section, at('a5-crossing', 'a5-gathering', 0.5), size), 'elias-tran');
    const end = mark(worldView(section, at('a5-crossing', 'a5-gathering', 1), size), 'elias-tran');
    const there = mark(worldView(section, at('a5-gathering'), size), 'elias-tran');
    if (!start || !half || !end || !there) throw new Error('missing mark');
    expect(start.place).toBe('lower-terrace');
    expect(end).toEqual(there);
    expect(half.x).toBeCloseTo((start.x + end.x) / 2, 0);
    expect(half.y).toBeCloseTo((start.y + end.y) / 2, 0);
    expect(mark(worldView(section, at('a5-crossing', 'a5-gathering', 0.4), size), 'elias-tran')?.place).toBe('lower-terrace');
    expect(mark(worldView(section, at('a5-crossing', 'a5-gathering', 0.6), size), 'elias-tran')?.place).toBe('the-basin');
  });

  it('leaves a trail through every place passed in the section, ending at the marker', () => {
    const view = worldView(section, at('a5-dismantling'), size);
    const elias = mark(view, 'elias-tran');
    if (!elias) throw new Error('no Elias');
    const points = elias.trail.slice(1).split('L');
    // The Lower Terrace, the Basin, home to his studio (a scene the section skips), the Throttle
    // Lab: four places, the last being the marker's own.
    expect(points).toHaveLength(5);
    expect(points.at(-1)).toBe(`${elias.x},${elias.y}`);
    expect(worldView(section, at('a5-crossing'), size).marks.find((m) => m.id === 'ivy-clarke')?.trail).toBe('');
  });

  it('names every person and the scene’s place, with no two labels overlapping', () => {
    for (const s of [size, phone]) {
      for (const scene of steps) {
        const view = worldView(section, at(scene), s);
        const names = view.texts.filter((t) => t.kind === 'name').map((t) => t.text);
        expect(names.sort()).toEqual(['Cyrus', 'Elias', 'Ivy', 'Lyra']);
        expect(view.texts.filter((t) => t.kind === 'here')).toHaveLength(1);
        const placed = view.texts.filter((t) => t.kind !== 'realm' && t.kind !== 'level');
        const boxes = placed.map((t) => labelBox(t.x, textWidth(t.text, 11.5, { em: 0.5, pad: 0 }), t.anchor, t.y - 8, t.y + 2));
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlaps(a, b), `${scene} at ${s.width}`).toBe(false)));
      }
    }
  });

  it('names on a phone only the scene’s place and where people stand', () => {
    const view = worldView(section, at('a5-loom-dark'), phone);
    const places = view.texts.filter((t) => t.kind === 'place' || t.kind === 'here').map((t) => t.key);
    const wanted = new Set(['loom-hall', ...view.marks.map((m) => m.place)].map((p) => `place-${p}`));
    expect(places.every((key) => wanted.has(key))).toBe(true);
    expect(view.texts.some((t) => t.kind === 'district')).toBe(false);
  });

  it('draws the map without people or a current place', () => {
    const view = worldView(whole, at('a1-two-realms'), size, true);
    expect(view.marks).toEqual([]);
    expect(view.here).toBeUndefined();
    expect(view.texts.filter((t) => t.kind === 'place').length).toBeGreaterThan(15);
  });
});

describe('world labels', () => {
  it('drops an optional label that has no free spot but keeps a required one', () => {
    const wall = [{ x0: -1000, y0: -1000, x1: 1000, y1: 1000 }];
    const bounds = { x0: 0, y0: 0, x1: 200, y1: 200 };
    const placed = placeLabels(
      [{ key: 'a', x: 100, y: 100, text: 'Alpha', size: 12, required: true }, { key: 'b', x: 100, y: 100, text: 'Beta', size: 11 }],
      wall,
      bounds,
    );
    expect(placed.map((l) => l.key)).toEqual(['a']);
  });
});

describe('world words', () => {
  it('writes heights as a reader says them', () => {
    expect(formatLevel(1100)).toBe('1,100 m');
    expect(formatLevel(0)).toBe('0 m');
    expect(formatLevel(-18)).toBe('18 m below ground');
  });

  it('describes the scene’s place, who moved where since the last step, and who is still elsewhere', () => {
    expect(describeWorld(section, 'a5-gathering', 'a5-crossing')).toBe(
      'The great gathering, January 2147: the Basin (the Seam, 6 m), in the Seam. ' +
        'Elias Tran goes down from the Lower Terrace (the Spires, 640 m) to the Basin (the Seam, 6 m). ' +
        'Lyra Neumann goes down from the Lower Terrace (the Spires, 640 m) to the Basin (the Seam, 6 m). ' +
        'Ivy Clarke goes across from the Pumphouse (the Seam, 15 m) to the Basin (the Seam, 6 m). ' +
        'Cyrus Mendez is at the Pumphouse (the Seam, 15 m).',
    );
    expect(describeWorld(section, 'a5-dismantling', 'a5-gathering')).toContain('Lyra Neumann goes up from the Basin (the Seam, 6 m) to the Meridian council chamber (the Spires, 1,004 m).');
    expect(describeWorld(whole, 'a1-elias-studio')).toContain('Ivy Clarke has not appeared yet.');
    expect(describeWorld(whole, 'a4-the-leak')).toContain('above the cloud line');
  });

  it('describes the map: its places by realm, the highest and the lowest', () => {
    expect(describePlaces(whole)).toMatch(/^A section through the city from west to east, with its 31 places by height: 14 in the Spires of Alterna/);
    expect(describePlaces(whole)).toContain('The highest is the Meridian roof terrace (1,100 m), the lowest the Culverts (18 m below ground).');
  });

  it('tabulates each step: the scene, its place and where each person is', () => {
    const table = worldTable(section, steps);
    expect(table.columns).toEqual(['Scene', 'Place of the scene', 'Elias', 'Lyra', 'Ivy', 'Cyrus']);
    expect(table.rows).toHaveLength(steps.length);
    expect(table.rows[0]).toEqual([
      'The movement crosses the Seam',
      'the Saltline stair (Saltline, 320 m)',
      'the Lower Terrace (the Spires, 640 m)',
      'the Lower Terrace (the Spires, 640 m)',
      'the Pumphouse (the Seam, 15 m)',
      'the Pumphouse (the Seam, 15 m)',
    ]);
    expect(worldTable(whole, ['a1-elias-studio']).rows[0]?.[3]).toBe('not yet');
  });
});
