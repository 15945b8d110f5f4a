import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { htmlWeight } from './support/htmlWeight.ts';
import { actPaths, textPages } from './support/pages.ts';

// Deterministic budgets over the built HTML (no browser): the elements a page asks the browser to
// lay out, and a chapter's gzipped bytes beyond its prose. The figures are printed, and a failure
// names them, so a change that adds a chart sees where it stands.
const ELEMENTS = 1400;
const CHAPTER_BEYOND_PROSE = 18 * 1024;
/** The book prints every figure of the story on one page: its own ceiling (4,414 measured). */
const BOOK_ELEMENTS = 4450;
/** Chapters over the goals above hold ceilings of their own, a little above their weight once a
 *  section's print figures shared their common parts (measured elements, charts' gzipped bytes),
 *  so they cannot grow back. Act 5 carries three scroll sections and sixteen print figures. */
const OWN_CEILING: Record<string, { elements: number; beyondProse: number }> = {
  'acts/the-split/': { elements: ELEMENTS, beyondProse: 18.3 * 1024 },
  'acts/dissonance/': { elements: 1460, beyondProse: 19.6 * 1024 },
  'acts/the-new-fabric/': { elements: 1850, beyondProse: 27.3 * 1024 },
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

for (const path of textPages) {
  test(`/${path} stays within its element budget`, () => {
    const { elements } = htmlWeight(readFileSync(`dist/${path}index.html`, 'utf8'));
    const budget = path === 'book/' ? BOOK_ELEMENTS : ELEMENTS;
    console.log(`${path || '/'}: ${elements} elements (budget ${budget})`);
    expect(elements, `/${path}: ${elements} elements in the body, budget ${budget}`).toBeLessThanOrEqual(budget);
  });
}

for (const path of actPaths) {
  test(`/${path} stays within its element budget and ${kb(CHAPTER_BEYOND_PROSE)} gzipped beyond its prose`, () => {
    const weight = htmlWeight(readFileSync(`dist/${path}index.html`, 'utf8'));
    const beyond = weight.gzip - weight.proseGzip;
    const ceiling = OWN_CEILING[path] ?? { elements: ELEMENTS, beyondProse: CHAPTER_BEYOND_PROSE };
    const figures = `${weight.elements} elements (prose only ${weight.proseElements}), ${kb(weight.gzip)} gzipped (prose only ${kb(weight.proseGzip)}, charts ${kb(beyond)})`;
    console.log(`${path}: ${figures}`);
    expect(weight.elements, `/${path}: ${figures}; budget ${ceiling.elements} elements`).toBeLessThanOrEqual(ceiling.elements);
    expect(beyond, `/${path}: ${figures}; budget ${kb(ceiling.beyondProse)} beyond the prose`).toBeLessThanOrEqual(ceiling.beyondProse);
    expect(weight.proseGzip).toBeGreaterThan(0);
  });
}
