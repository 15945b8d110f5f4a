import { describe, expect, it } from 'vitest';
import { fallbackFacesCss, fallbackOverrides, type LocalFallback, type Metrics } from '../../../../src/site/fonts/fallbackFaces.ts';

const SOURCE_SERIF: Metrics = { ascent: 1036, descent: -335, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 479 };
const TIMES: Metrics = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };

describe('fallbackOverrides', () => {
  it('gives the figures Astro computed for Source Serif 4 over Times New Roman (same Capsize maths)', () => {
    expect(fallbackOverrides(SOURCE_SERIF, TIMES)).toEqual({
      'size-adjust': '117.9077%',
      'ascent-override': '87.8653%',
      'descent-override': '28.4121%',
      'line-gap-override': '0%',
    });
  });
  it('shrinks a wider fallback: DejaVu Serif is wider than Source Serif 4', () => {
    const dejaVu: Metrics = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 };
    expect(parseFloat(fallbackOverrides(SOURCE_SERIF, dejaVu)['size-adjust'] as string)).toBeLessThan(100);
  });
});

describe('fallbackFacesCss', () => {
  const face = (name: string, xWidthAvg: number) => ({ locals: [name], metrics: { ...TIMES, xWidthAvg } });
  const times: LocalFallback = { label: 'Times', normal: face('Times New Roman', 832), bold: face('Times New Roman Bold', 886), italic: face('Times New Roman Italic', 832) };
  const css = fallbackFacesCss('Source Serif 4', [
    { weight: 400, style: 'normal', metrics: SOURCE_SERIF },
    { weight: 400, style: 'italic', metrics: SOURCE_SERIF },
    { weight: 600, style: 'normal', metrics: SOURCE_SERIF },
  ], [times]);

  it('declares one face per cut under the fallback family name, each matched with the right local face', () => {
    const rules = css.split('\n');
    expect(rules).toHaveLength(3);
    expect(rules[0]).toContain('font-family: "Source Serif 4 fallback: Times"; src: local("Times New Roman"); font-weight: 400; font-style: normal;');
    expect(rules[1]).toContain('src: local("Times New Roman Italic"); font-weight: 400; font-style: italic;');
    expect(rules[2]).toContain('src: local("Times New Roman Bold"); font-weight: 600;');
  });
  it('sizes the bold face by its own widths', () => {
    expect(css.split('\n')[2]).toContain(`size-adjust: ${fallbackOverrides(SOURCE_SERIF, { ...TIMES, xWidthAvg: 886 })['size-adjust']};`);
  });
});
