// The phone breakpoint is written twice, once for code (src/styles/breakpoints.ts) and once in
// the stylesheets' media queries, which cannot read a variable: these tests keep them in step.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PHONE_MAX_WIDTH, WIDE_MIN_REM } from '../../../src/styles/breakpoints.ts';
import { triggerOffset } from '../../../src/scrolly/triggerOffset.ts';

const STYLED = /\.(css|astro|svelte)$/;
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : STYLED.test(e.name) ? [join(dir, e.name)] : []));

/** Every width in a media query of the site's styles, in rem. */
const mediaWidths = files('src').flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/@media[^{]*\((min|max)-width:\s*([\d.]+)rem\)/g)].map((m) => ({ file, kind: m[1], rem: Number(m[2]) })),
);

describe('the phone breakpoint', () => {
  it('is 48rem (768 px) in code', () => {
    expect(WIDE_MIN_REM).toBe(48);
    expect(PHONE_MAX_WIDTH).toBe(767);
  });
  it('is where the stylesheets switch between the phone and the wide layout', () => {
    const layout = mediaWidths.filter((w) => w.rem >= 40 && w.rem <= 60);
    expect(layout.length).toBeGreaterThan(0);
    for (const w of layout) {
      // max-width just under the edge (47.99rem) so a 767.5 px viewport is not both layouts at once.
      expect(w.kind === 'min' ? w.rem : w.rem + 0.01, `${w.file}: ${w.kind}-width ${w.rem}rem`).toBeCloseTo(WIDE_MIN_REM, 5);
    }
  });
  it('is where the scroll engine moves its trigger line', () => {
    expect(triggerOffset(PHONE_MAX_WIDTH)).toBe(0.6);
    expect(triggerOffset(PHONE_MAX_WIDTH + 1)).toBe(0.5);
  });
});
