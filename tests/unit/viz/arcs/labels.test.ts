import { describe, expect, it } from 'vitest';
import { arcsData } from '../../../../src/viz/arcs/data.ts';
import { endLabels, placeNames, placeNumbers, type LabelBox, type Plot } from '../../../../src/viz/arcs/labels.ts';
import { arcsHeight, arcsView } from '../../../../src/viz/arcs/model.ts';
import { timeline, sceneIds, protagonists } from '../../helpers/realTimeline.ts';

const data = arcsData(timeline, protagonists);
/** Phone, small tablet, desktop. */
const WIDTHS = [300, 390, 640];
const ENDS = { left: 'Alterna', right: 'the Glimmers', up: 'Agency', down: 'Complicity' };
const short = (id: string) => data.characters.find((c) => c.id === id)?.short ?? id;

// The test's own idea of the ink a label covers (12px sans, about 7px a letter; numbers at 11px),
// independent of the module's estimate, so a change there cannot quietly loosen the check.
function ink(label: LabelBox, letter = 7) {
  const w = label.text.length * letter;
  const x0 = label.x - (label.anchor === 'start' ? 0 : label.anchor === 'end' ? w : w / 2);
  return { x0, x1: x0 + w, y0: label.y - 11, y1: label.y + 3 };
}
type Ink = ReturnType<typeof ink>;
const apart = (a: Ink, b: Ink) => a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0;
const inside = (a: Ink, width: number, height: number) => a.x0 >= 0 && a.x1 <= width && a.y0 >= 0 && a.y1 <= height;

/**
 * The markers of the real story where the chart puts them: at each scene, and halfway to the next
 * one (where a scroll leaves them between two steps), at one width.
 */
function frames(width: number) {
  const size = { width, height: arcsHeight(width) };
  return sceneIds.flatMap((scene, i) => {
    const next = sceneIds[i + 1];
    const moments = [{ step: 0, scene, towards: scene, t: 0 }, ...(next ? [{ step: 0, scene, towards: next, t: 0.5 }] : [])];
    return moments.map((moment) => {
      const view = arcsView(data, moment, size);
      const markers = view.marks.map((m) => ({ x: m.x, y: m.y, text: short(m.id) }));
      return { what: `${scene} → ${moment.towards} at ${width}px`, size, plot: view.plot, markers, names: placeNames(markers, view.plot, width) };
    });
  });
}

describe('arcs labels: names', () => {
  it('names every marker once, in the markers’ order', () => {
    for (const frame of frames(640)) expect(frame.names.map((n) => n.label.text), frame.what).toEqual(frame.markers.map((m) => m.text));
  });

  it('never lets two names, or a name and an axis end, overlap, at every scene on a phone, a small tablet and a desktop', () => {
    let checked = 0;
    for (const width of WIDTHS) {
      for (const frame of frames(width)) {
        const boxes = [...frame.names.map((n) => n.label), ...endLabels(ENDS, frame.plot)].map((l) => ink(l));
        boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(apart(a, b), frame.what).toBe(true)));
        checked += frame.names.length;
      }
    }
    // The story's crowded end is among the frames: the check is not vacuous.
    expect(checked).toBeGreaterThan(WIDTHS.length * sceneIds.length * 3);
  });

  it('keeps every name and axis end inside the drawing', () => {
    for (const width of WIDTHS) {
      for (const frame of frames(width)) {
        for (const label of [...frame.names.map((n) => n.label), ...endLabels(ENDS, frame.plot)]) {
          expect(inside(ink(label), frame.size.width, frame.size.height), `${label.text}, ${frame.what}`).toBe(true);
        }
      }
    }
  });

  it('ties a name that stands away from its marker back to it with a leader', () => {
    for (const width of WIDTHS) {
      for (const frame of frames(width)) {
        frame.names.forEach(({ label, leader }, i) => {
          const marker = frame.markers[i] as (typeof frame.markers)[number];
          const near = Math.hypot(label.x - marker.x, label.y - 4 - marker.y) <= 16;
          if (leader === '') expect(near, `${label.text}, ${frame.what}`).toBe(true);
          else expect(leader.startsWith(`M${marker.x},${marker.y}L`), `${label.text}, ${frame.what}`).toBe(true);
        });
      }
    }
  });

  const plot: Plot = { left: 8, top: 24, right: 292, bottom: 308, cx: 150, cy: 166 };

  it('puts a lone marker’s name to its right, or to its left near the right edge', () => {
    const [free] = placeNames([{ x: 100, y: 150, text: 'Elias' }], plot, 300);
    expect(free).toEqual({ label: { x: 110, y: 154, anchor: 'start', text: 'Elias' }, leader: '' });
    const [edge] = placeNames([{ x: 280, y: 150, text: 'Elias' }], plot, 300);
    expect(edge?.label).toMatchObject({ x: 270, anchor: 'end' });
  });

  it('fans a crowd’s names out to both sides, stacked a line apart, with leaders', () => {
    const crowd = ['Elias', 'Lyra', 'Ivy', 'Cyrus'].map((text, i) => ({ x: 150 + (i % 2) * 8, y: 160 + i * 4, text }));
    const names = placeNames(crowd, plot, 300);
    expect(names.map((n) => n.label.anchor).sort()).toEqual(['end', 'end', 'start', 'start']);
    expect(names.every((n) => n.leader !== '')).toBe(true);
    const right = names.filter((n) => n.label.anchor === 'start').map((n) => n.label.y);
    expect(Math.abs((right[1] as number) - (right[0] as number))).toBe(15);
  });

  it('steps the lower of two colliding names down', () => {
    const [a, b] = placeNames([{ x: 100, y: 150, text: 'Elias' }, { x: 130, y: 151, text: 'Cyrus' }], plot, 300);
    if (!a || !b) throw new Error('fixture');
    expect(apart(ink(a.label), ink(b.label))).toBe(true);
    expect(b.label.y).toBeGreaterThan(a.label.y);
  });

  it('keeps a crowd’s names inside the plane at its top and bottom', () => {
    for (const y of [plot.top + 2, plot.bottom - 2]) {
      const names = placeNames([0, 1, 2, 3].map((i) => ({ x: 150 + i * 5, y, text: 'Name' })), plot, 300);
      for (const { label } of names) {
        expect(ink(label).y0).toBeGreaterThanOrEqual(plot.top);
        expect(ink(label).y1).toBeLessThanOrEqual(plot.bottom + 3);
      }
    }
  });
});

describe('arcs labels: axis ends', () => {
  it('heads each realm’s half at the top corners, and puts the stance ends above and below the middle', () => {
    const square: Plot = { left: 10, top: 20, right: 210, bottom: 220, cx: 110, cy: 120 };
    expect(endLabels(ENDS, square)).toEqual([
      { key: 'min-x', x: 10, y: 12, anchor: 'start', text: 'Alterna' },
      { key: 'max-x', x: 210, y: 12, anchor: 'end', text: 'the Glimmers' },
      { key: 'max-y', x: 110, y: 12, anchor: 'middle', text: '↑ Agency' },
      { key: 'min-y', x: 110, y: 237, anchor: 'middle', text: '↓ Complicity' },
    ]);
  });
});

describe('arcs labels: point numbers', () => {
  it('numbers each dot, first trying the spot above to its right', () => {
    expect(placeNumbers([{ x: 50, y: 50, n: 1 }], [])).toEqual([{ x: 58, y: 45, anchor: 'start', text: '1' }]);
  });

  it('moves a number off a label already there', () => {
    const name = { x: 55, y: 47, anchor: 'start' as const, text: 'Elias' };
    const [number] = placeNumbers([{ x: 50, y: 50, n: 1 }], [name]);
    expect(number && apart(ink(number, 6), ink(name))).toBe(true);
  });

  it('keeps every character’s numbers apart and inside the drawing, at every width', () => {
    for (const width of WIDTHS) {
      const size = { width, height: arcsHeight(width) };
      for (const character of data.characters) {
        const last = character.points[character.points.length - 1]?.scene as string;
        const view = arcsView(data, { step: 0, scene: last, towards: last, t: 0 }, size, character.id);
        const dots = view.marks.find((m) => m.id === character.id)?.dots ?? [];
        const name = view.texts.filter((t) => t.kind === 'name');
        const numbers = placeNumbers(dots, name).map((n) => ink(n, 6));
        expect(numbers).toHaveLength(character.points.length);
        numbers.forEach((a, i) => {
          expect(inside(a, width, size.height), `${character.id} ${i + 1} at ${width}px`).toBe(true);
          for (const b of numbers.slice(i + 1)) expect(apart(a, b), `${character.id} at ${width}px`).toBe(true);
        });
      }
    }
  });
});
