import { describe, expect, it } from 'vitest';
import { labelBox, leastCrowded, overlapArea, overlaps, textWidth } from '../../../../src/viz/shared/labels.ts';

describe('textWidth', () => {
  it('grows with the characters, the font size and the font, plus its padding once', () => {
    expect(textWidth('Loom', 12, { em: 0.5, pad: 0 })).toBe(24);
    expect(textWidth('Loom', 12, { em: 0.5, pad: 2 })).toBe(26);
    expect(textWidth('Loom', 11, { em: 0.6, pad: 0 })).toBeCloseTo(26.4, 10);
    expect(textWidth('', 12, { em: 0.56, pad: 2 })).toBe(2);
  });
});

describe('labelBox', () => {
  it('spans the width from the anchor as SVG text-anchor does', () => {
    expect(labelBox(100, 40, 'start', 0, 10)).toEqual({ x0: 100, y0: 0, x1: 140, y1: 10 });
    expect(labelBox(100, 40, 'end', 0, 10)).toEqual({ x0: 60, y0: 0, x1: 100, y1: 10 });
    expect(labelBox(100, 40, 'middle', 0, 10)).toEqual({ x0: 80, y0: 0, x1: 120, y1: 10 });
  });
});

describe('overlap', () => {
  const a = { x0: 0, y0: 0, x1: 10, y1: 10 };
  it('measures the shared area, and nothing for boxes that only touch', () => {
    expect(overlapArea(a, { x0: 5, y0: 5, x1: 20, y1: 20 })).toBe(25);
    expect(overlapArea(a, { x0: 10, y0: 0, x1: 20, y1: 10 })).toBe(0);
    expect(overlapArea(a, { x0: 30, y0: 30, x1: 40, y1: 40 })).toBe(0);
  });
  it('tells overlapping boxes from touching ones, agreeing with the area', () => {
    for (const b of [{ x0: 5, y0: 5, x1: 20, y1: 20 }, { x0: 10, y0: 0, x1: 20, y1: 10 }, { x0: -5, y0: 9.9, x1: 1, y1: 12 }]) {
      expect(overlaps(a, b)).toBe(overlapArea(a, b) > 0);
    }
  });
});

describe('leastCrowded', () => {
  it('takes the first of the least crowded places, so ties keep the order of preference', () => {
    const crowding: Record<string, number> = { right: 3, left: 1, below: 1, above: 2 };
    expect(leastCrowded(Object.keys(crowding), (c) => crowding[c] ?? Infinity)).toEqual({ best: 'left', crowd: 1 });
  });
  it('stops at the first place nothing crowds', () => {
    const asked: string[] = [];
    const found = leastCrowded(['a', 'b', 'c'], (c) => (asked.push(c), c === 'b' ? 0 : 5));
    expect(found).toEqual({ best: 'b', crowd: 0 });
    expect(asked).toEqual(['a', 'b']);
  });
  it('finds nothing among no places', () => {
    expect(leastCrowded([], () => 0)).toBeUndefined();
  });
});
