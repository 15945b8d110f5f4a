// Fabric.svelte sizes the live chart's box in CSS (container units and queries) so that it equals
// fabricHeight() before the chart hydrates. This holds the two together: change one, change both.
import { describe, expect, it } from 'vitest';
import { fabricHeight } from '../../../../src/viz/fabric/model.ts';

/** The CSS in Fabric.svelte, evaluated at a box width (up to rounding to whole pixels). */
function heightFromCss(width: number): number {
  const key = width < 287 ? 80 : width < 401 ? 62 : 44;
  return key + width * (width < 480 ? 0.85 : 0.64);
}

describe('Fabric.svelte box height', () => {
  // Up to 860 px: wider than any chart column the layout makes (the model's font grows past 880).
  it('equals fabricHeight() within a pixel at every width from a small phone to the widest column', () => {
    const off: string[] = [];
    for (let width = 240; width <= 860; width++) {
      if (Math.abs(heightFromCss(width) - fabricHeight(width)) > 0.5) off.push(`${width}: css ${heightFromCss(width).toFixed(1)}, model ${fabricHeight(width)}`);
    }
    expect(off).toEqual([]);
  });
});
