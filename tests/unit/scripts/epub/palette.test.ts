import { describe, expect, it } from 'vitest';
import { DARK, LIGHT, contrast, lightness, luminance } from '../../../../scripts/epub/palette.ts';

const pairs = <T,>(items: readonly T[]) => items.flatMap((a, i) => items.slice(i + 1).map((b) => [a, b] as const));

describe('the e-book palette', () => {
  it('computes luminance and lightness as WCAG and CIE define them', () => {
    expect(luminance('#ffffff')).toBeCloseTo(1, 5);
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(lightness('#777777')).toBeCloseTo(50.0, 0);
  });

  for (const [name, p] of [['light', LIGHT], ['night', DARK]] as const) {
    it(`keeps the realms' marks apart in greyscale (${name}): at least 15 points of lightness between any two`, () => {
      for (const [a, b] of pairs([p.alterna, p.converged, p.glimmers])) expect(Math.abs(lightness(a) - lightness(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(15);
    });
    it(`keeps the four people's marks apart in greyscale (${name}): at least 10 points (their markers and dashes differ too)`, () => {
      for (const [a, b] of pairs(Object.values(p.characters))) expect(Math.abs(lightness(a) - lightness(b)), `${a} vs ${b}`).toBeGreaterThanOrEqual(10);
    });
    it(`shows every mark at 3:1 and text at 4.5:1 against the page (${name})`, () => {
      for (const mark of [p.alterna, p.converged, p.glimmers, ...Object.values(p.characters)]) expect(contrast(mark, p.paper), mark).toBeGreaterThanOrEqual(3);
      for (const text of [p.ink, p.inkSoft, p.link]) expect(contrast(text, p.paper), text).toBeGreaterThanOrEqual(4.5);
    });
  }
});
