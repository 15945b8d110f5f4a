import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { shareFigureParts } from '../../../../src/components/scroll-section/shareFigureParts.ts';

const figure = (body: string) => `<figure class="print-figure"><figcaption>A figure</figcaption><svg viewBox="0 0 100 100">${body}</svg></figure>`;
/** Shares among figures given as their SVG bodies; returns each figure's SVG body after. */
function shared(bodies: string[], prefix = 's1-1'): string[] {
  const trees = bodies.map((body) => fromHtml(figure(body), { fragment: true }));
  shareFigureParts(trees, prefix);
  return trees.map((tree) => /<svg[^>]*>([\s\S]*)<\/svg>/.exec(toHtml(tree))![1]!);
}

const band = '<rect class="band" width="10" height="5"></rect><text class="label" x="2" y="4">Act 1</text>';
const axis = '<line class="axis" x1="0" x2="100" y1="50" y2="50"></line><line class="axis" x1="50" x2="50" y1="0" y2="100"></line>';

describe('shareFigureParts', () => {
  it('draws a run common to every figure once, in the first, and reuses it in place in the others', () => {
    const out = shared([`${band}<circle r="1"></circle>${axis}`, `${band}<circle r="2"></circle>${axis}`, `${band}<circle r="3"></circle>${axis}`]);
    expect(out[0]).toBe(`<g id="s1-1-1">${band}</g><circle r="1"></circle><g id="s1-1-2">${axis}</g>`);
    expect(out[1]).toBe('<use href="#s1-1-1"></use><circle r="2"></circle><use href="#s1-1-2"></use>');
    expect(out[2]).toBe('<use href="#s1-1-1"></use><circle r="3"></circle><use href="#s1-1-2"></use>');
  });

  it('keeps paint order: a run splits where another figure breaks it, and what differs stays between', () => {
    const out = shared([`${band}${axis}`, `${band}<circle r="2"></circle>${axis}`, `${band}${axis}`]);
    expect(out[2]).toBe('<use href="#s1-1-1"></use><use href="#s1-1-2"></use>');
    expect(out[1]).toBe('<use href="#s1-1-1"></use><circle r="2"></circle><use href="#s1-1-2"></use>');
  });

  it('shares nothing that one figure lacks, that names or points at an id, or that is too small to pay', () => {
    // Two elements over two figures: the reference saves one, the group costs one.
    expect(shared([axis, axis])).toEqual([axis, axis]);
    const clipped = '<g clip-path="url(#c)"><rect width="1" height="1"></rect></g>';
    const named = '<g id="n"><rect width="1" height="1"></rect><rect x="3" width="1" height="1"></rect></g>';
    const lone = '<rect width="1" height="1"></rect>';
    const bodies = [`${band}${clipped}${named}${lone}`, `${clipped}${named}${lone}`, `${clipped}${named}${lone}`];
    expect(shared(bodies)).toEqual(bodies);
  });

  it('looks inside groups that stand for one another but differ, such as a group clipped to each step', () => {
    const out = shared([0, 1, 2].map((step) => `<g clip-path="url(#reveal-${step})">${axis}</g>`));
    expect(out[1]).toBe('<g clip-path="url(#reveal-1)"><use href="#s1-1-1"></use></g>');
  });

  it('gives ids by the prefix, so two sections on one page never clash; one figure shares nothing', () => {
    expect(shared([axis, axis, axis], 's2-3')[1]).toBe('<use href="#s2-3-1"></use>');
    expect(shared([axis])).toEqual([axis]);
  });
});
