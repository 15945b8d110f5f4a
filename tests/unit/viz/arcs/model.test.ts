import { describe, expect, it } from 'vitest';
import { arcsData, type ArcsData } from '../../../../src/viz/arcs/data.ts';
import { arcsHeight, arcsTable, arcsView, describeArcs, positionAt, sceneIndex, type ArcsView } from '../../../../src/viz/arcs/model.ts';
import { frame } from '../../../../src/scrolly/frame.ts';
import { timeline, sceneIds, protagonists } from '../../helpers/realTimeline.ts';

const data = arcsData(timeline, protagonists);
const size = { width: 640, height: arcsHeight(640) };
const phone = { width: 300, height: arcsHeight(300) };
const at = (scene: string, towards = scene, t = 0) => ({ step: 0, scene, towards, t });
const mark = (view: ArcsView, id: string) => view.marks.find((m) => m.id === id);
const character = (id: string) => data.characters.find((c) => c.id === id) as ArcsData['characters'][number];
const names = (view: ArcsView) => view.texts.filter((t) => t.kind === 'name');
const trailEnd = (trail: string) => trail.split(/[ML]/).filter(Boolean).pop();

describe('arcs data', () => {
  it('gives each protagonist their points in story order, with words for each', () => {
    expect(data.characters.map((c) => c.short)).toEqual(['Elias', 'Lyra', 'Ivy', 'Cyrus']);
    for (const c of data.characters) {
      const orders = c.points.map((p) => p.order);
      expect(orders.every((o, i) => o >= 0 && (i === 0 || o > (orders[i - 1] as number)))).toBe(true);
      expect(c.points[0]?.move).toMatch(/^appears /);
      expect(c.points.every((p) => p.where.length > 0 && p.move.length > 0)).toBe(true);
    }
  });

  it('refuses a protagonist without an arc, naming the file and the character', () => {
    expect(() => arcsData(timeline, [...protagonists, { id: 'the-streams', name: 'The Streams', colour: 'streams' }])).toThrow(
      'content/data/arcs.json: characters.the-streams: got nothing, expected the arc of every protagonist',
    );
  });
});

describe('arcs view', () => {
  it('draws a character only from their first point on, at their latest point', () => {
    for (const [i, id] of sceneIds.entries()) {
      const view = arcsView(data, at(id), size);
      for (const c of data.characters) {
        const point = positionAt(c, i);
        const drawn = mark(view, c.id);
        expect(Boolean(drawn)).toBe(Boolean(point));
        if (!drawn || !point) continue;
        const last = drawn.dots[drawn.dots.length - 1];
        expect([drawn.x, drawn.y]).toEqual([last?.x, last?.y]);
        expect(drawn.dots).toHaveLength(c.points.filter((p) => p.order <= i).length);
        expect(drawn.opacity).toBe(1);
      }
    }
    expect(arcsView(data, at('a1-two-realms'), size).marks).toEqual([]);
    expect(arcsView(data, at('a1-elias-studio'), size).marks.map((m) => m.id)).toEqual(['elias-tran']);
  });

  it('places allegiance left to right and stance bottom to top', () => {
    const view = arcsView(data, at('a1-the-question'), size);
    const [elias, ivy] = [mark(view, 'elias-tran'), mark(view, 'ivy-clarke')];
    expect(elias && ivy && elias.x > view.plot.cx && ivy.x < view.plot.cx).toBe(true);
    expect(ivy && ivy.y > view.plot.cy).toBe(true);
    expect(view.plot.right - view.plot.left).toBe(view.plot.bottom - view.plot.top);
  });

  it('moves a marker smoothly between two scenes, the trail growing to it', () => {
    const before = mark(arcsView(data, at('a2-lyra-reaches-out'), size), 'cyrus-mendez');
    const after = mark(arcsView(data, at('a2-control-order'), size), 'cyrus-mendez');
    const mid = arcsView(data, at('a2-lyra-reaches-out', 'a2-control-order', 0.5), size);
    const cyrus = mark(mid, 'cyrus-mendez');
    if (!before || !after || !cyrus) throw new Error('fixture');
    expect(cyrus.x).toBeCloseTo((before.x + after.x) / 2, 0);
    expect(cyrus.y).toBeCloseTo((before.y + after.y) / 2, 0);
    expect(trailEnd(cyrus.trail)).toBe(`${cyrus.x},${cyrus.y}`);
    expect(cyrus.dots).toHaveLength(before.dots.length);
    expect(mark(mid, 'elias-tran')).toEqual(mark(arcsView(data, at('a2-lyra-reaches-out'), size), 'elias-tran'));
  });

  it('passes through the points of scenes the section skips', () => {
    const crackdown = mark(arcsView(data, at('a3-crackdown'), size), 'elias-tran');
    const halfway = mark(arcsView(data, at('a3-viral', 'a3-ivy-turn', 0.5), size), 'elias-tran');
    expect([halfway?.x, halfway?.y]).toEqual([crackdown?.x, crackdown?.y]);
    const arrived = mark(arcsView(data, at('a3-viral', 'a3-ivy-turn', 1), size), 'elias-tran');
    expect(arrived).toEqual(mark(arcsView(data, at('a3-ivy-turn'), size), 'elias-tran'));
  });

  it('fades a character in as the story reaches their first point', () => {
    const view = arcsView(data, at('a1-two-realms', 'a1-elias-studio', 0.25), size);
    expect(view.marks.map((m) => [m.id, m.opacity])).toEqual([['elias-tran', 0.25]]);
  });

  it('tells characters apart by shape and dash as well as colour', () => {
    const view = arcsView(data, at('a5-new-fabric'), size);
    expect(new Set(view.marks.map((m) => m.shape)).size).toBe(4);
    expect(new Set(view.marks.map((m) => m.dash)).size).toBe(4);
    expect(view.marks.map((m) => m.colour)).toEqual(['elias', 'lyra', 'ivy', 'cyrus']);
  });

  it('labels every character by first name, without names overlapping, at every scene and size', () => {
    for (const s of [size, phone]) {
      for (const id of sceneIds) {
        const view = arcsView(data, at(id), s);
        const labels = names(view);
        expect(labels.map((l) => l.text).sort()).toEqual(view.marks.map((m) => data.characters.find((c) => c.id === m.id)?.short).sort());
        const boxes = labels.map((l) => ({ x0: l.anchor === 'start' ? l.x : l.x - l.text.length * 7, y0: l.y - 11, w: l.text.length * 7, y1: l.y + 3 }));
        for (const [i, a] of boxes.entries()) {
          expect(a.x0).toBeGreaterThanOrEqual(0);
          expect(a.x0 + a.w).toBeLessThanOrEqual(s.width);
          for (const b of boxes.slice(i + 1)) {
            const apart = a.x0 + a.w <= b.x0 || b.x0 + b.w <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
            expect(apart, `${id} at ${s.width}px`).toBe(true);
          }
        }
      }
    }
  });

  it('fans the names out around the crowd at the end, with leaders to the markers', () => {
    const view = arcsView(data, at('a5-new-fabric'), size);
    const left = names(view).filter((l) => l.anchor === 'end').map((l) => l.text);
    const right = names(view).filter((l) => l.anchor === 'start').map((l) => l.text);
    expect(left.sort()).toEqual(['Cyrus', 'Ivy']);
    expect(right.sort()).toEqual(['Elias', 'Lyra']);
    expect(view.marks.some((m) => m.leader !== '')).toBe(true);
  });

  it('labels the ends of both axes from the data', () => {
    const ends = arcsView(data, at('a1-ivy-lab'), size).texts.filter((t) => t.kind === 'end').map((t) => t.text);
    expect(ends).toEqual(['Alterna', 'the Glimmers', '↑ Agency', '↓ Complicity']);
  });

  it('clamps frames before the first step and after the last', () => {
    const scenes = ['a2-exhibition-opens', 'a2-ivy-doubts'];
    expect(arcsView(data, frame(scenes, { step: -1, progress: 0 }), size).scene).toBe('a2-exhibition-opens');
    expect(arcsView(data, frame(scenes, { step: 5, progress: 1 }), size)).toEqual(arcsView(data, at('a2-ivy-doubts'), size));
  });

  it('refuses a scene that is not in the timeline, and an unknown focus', () => {
    expect(() => arcsView(data, at('nowhere'), size)).toThrow(/"nowhere"/);
    expect(() => arcsView(data, at('a1-ivy-lab', 'elsewhere', 0.5), size)).toThrow(/"elsewhere"/);
    expect(() => describeArcs(data, 'nowhere')).toThrow(/"nowhere"/);
    expect(() => arcsView(data, at('a1-ivy-lab'), size, 'bao-tran')).toThrow(/focus: got "bao-tran"/);
  });
});

describe('arcs on a character page (focus)', () => {
  const elias = character('elias-tran');
  const scenes = elias.points.map((p) => p.scene);
  const view = arcsView(data, at(scenes[scenes.length - 1] as string), size, 'elias-tran');

  it('numbers every point of the focused arc and fades the others', () => {
    const numbers = view.texts.filter((t) => t.kind === 'number').map((t) => t.text);
    expect(numbers).toEqual(elias.points.map((_, i) => String(i + 1)));
    expect(names(view).map((t) => t.text)).toEqual(['Elias']);
    const others = view.marks.filter((m) => m.id !== 'elias-tran');
    expect(others.map((m) => m.opacity)).toEqual([0.3, 0.3, 0.3]);
    expect(others.every((m) => m.dots.length === 0)).toBe(true);
    expect(view.marks[view.marks.length - 1]?.id).toBe('elias-tran');
  });

  it('keeps each number clear of the other numbers, on desktop and on a phone', () => {
    for (const c of data.characters) {
      for (const s of [size, phone]) {
        const own = arcsView(data, at(c.points[c.points.length - 1]?.scene as string), s, c.id);
        const boxes = own.texts
          .filter((t) => t.kind === 'number')
          .map((t) => ({ x0: t.anchor === 'start' ? t.x : t.x - t.text.length * 6, x1: t.anchor === 'start' ? t.x + t.text.length * 6 : t.x, y0: t.y - 9, y1: t.y + 1 }));
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0, `${c.id} at ${s.width}px`).toBe(true);
        }
      }
    }
  });

  it('summarises the arc so far, then the latest move', () => {
    expect(describeArcs(data, 'a5-new-fabric', 'a5-gathering', 'elias-tran')).toBe(
      'A fabric made of stories, September 2147. Elias Tran’s arc so far, 15 points: from deep in the Glimmers, leaning to complicity (allegiance 0.85, stance −0.30) in March 2145 to between Alterna and the Glimmers, close to agency (allegiance 0.05, stance 0.85) in September 2147. Elias Tran moves a little towards Alterna (allegiance 0.10 to 0.05): draws the Saltline stair on the Pumphouse roof at its full length, with two people stopped on one step to talk.',
    );
  });

  it('tabulates the character’s points with the reason for each', () => {
    const table = arcsTable(data, scenes, 'elias-tran');
    expect(table.columns).toEqual(['Scene', 'Date', 'Allegiance', 'Stance', 'Why']);
    expect(table.rows).toHaveLength(15);
    expect(table.rows[0]).toEqual(['A studio above Lowmarket', 'March 2145', '0.85', '−0.30', elias.points[0]?.reason]);
  });
});

describe('arcs description', () => {
  it('names who moved at the first step, how and why', () => {
    expect(describeArcs(data, 'a2-exhibition-opens')).toBe(
      'The Dissonance Rooms open, June 2145. Elias Tran moves a long way towards agency (stance −0.15 to 0.30): opens the Dissonance Rooms in the old transit depot and pushes Glimmer feeling into Spires lace.',
    );
  });

  it('counts the points of skipped scenes since the previous step', () => {
    const text = describeArcs(data, 'a3-lyra-mirror', 'a3-viral');
    expect(text).toMatch(/^Lyra turns transparency on herself, September 2145\. Elias Tran moves a little towards complicity \(stance 0\.55 to 0\.50\): wakes inside the wardens' dampers/);
    expect(text).toContain('Lyra Neumann moves towards Alterna and towards agency (allegiance 0.38 to 0.28, stance 0.22 to 0.45): opens her mind to sixty-one people');
    expect(text).toContain('Cyrus Mendez moves a little towards the Glimmers and a long way towards agency');
    expect(text).not.toContain('Ivy Clarke');
  });

  it('says a character barely moves when the change is too small to see', () => {
    expect(describeArcs(data, 'a2-elite-outrage', 'a2-exhibition-opens')).toBe(
      "Outrage on Halden Terrace, June 2145. Ivy Clarke barely moves (allegiance −0.85, stance −0.52): tells the Halden Terrace council the Lab can only cut the district's bandwidth, then keeps silent through the vote.",
    );
  });

  it('says where the four stand when nobody moves', () => {
    expect(describeArcs(data, 'a5-loom-dark', 'a5-dismantling')).toBe(
      'The Loom goes quiet, March 2147. Nobody moves here. Elias Tran stands between Alterna and the Glimmers, close to agency (allegiance 0.10, stance 0.85); Lyra Neumann stands between Alterna and the Glimmers, close to agency (allegiance 0.02, stance 0.85); Ivy Clarke stands between Alterna and the Glimmers, close to agency (allegiance −0.10, stance 0.86); Cyrus Mendez stands between Alterna and the Glimmers, close to agency (allegiance −0.06, stance 0.85).',
    );
    expect(describeArcs(data, 'a1-two-realms')).toMatch(/Nobody moves here\. Elias Tran has not appeared yet; .*Cyrus Mendez has not appeared yet\.$/);
  });
});

describe('arcs table', () => {
  it('gives each character’s allegiance and stance at each step, or "not yet"', () => {
    const table = arcsTable(data, ['a1-elias-studio', 'a2-control-order']);
    expect(table.columns).toEqual(['Scene', 'Elias: allegiance', 'Elias: stance', 'Lyra: allegiance', 'Lyra: stance', 'Ivy: allegiance', 'Ivy: stance', 'Cyrus: allegiance', 'Cyrus: stance']);
    expect(table.rows).toEqual([
      ['A studio above Lowmarket', '0.85', '−0.30', 'not yet', 'not yet', 'not yet', 'not yet', 'not yet', 'not yet'],
      ['The Directorate leans on Cyrus', '0.78', '0.38', '0.38', '0.22', '−0.85', '−0.52', '−0.75', '−0.85'],
    ]);
    expect(table.numeric).toEqual([false, true, true, true, true, true, true, true, true]);
  });

  it('refuses a step whose scene is not in the timeline', () => {
    expect(() => arcsTable(data, ['a1-elias-studio', 'a9-nowhere'])).toThrow(/"a9-nowhere"/);
    expect(sceneIndex(data, 'a1-two-realms')).toBe(0);
  });
});
