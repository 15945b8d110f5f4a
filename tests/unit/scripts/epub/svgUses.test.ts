import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { svgUsesForBook } from '../../../../scripts/epub/svgUses.ts';
import { xhtmlText } from '../../../../scripts/epub/xhtml.ts';

const section = (html: string) => fromHtml(`<section>${html}</section>`, { fragment: true }).children as Element[];
const figures =
  '<figure class="print-figure" data-chart="arcs"><svg viewBox="0 0 9 9"><g id="s2-3-1"><path class="frame" d="M0,0H9"></path><text class="end">Alterna</text></g><path id="s2-3-2" class="axis" d="M0,0V9"></path></svg></figure>' +
  '<figure class="print-figure" data-chart="arcs"><svg viewBox="0 0 9 9"><use href="#s2-3-1"></use><use href="#s2-3-2"></use></svg></figure>';

describe('svgUsesForBook', () => {
  it('points each <use> by xlink:href, declares XLink on its SVG, and gives each shared part its figure\'s data-chart in a group', () => {
    const body = section(figures);
    expect(svgUsesForBook(body, 'Act 2')).toBe(2);
    const xhtml = xhtmlText({ type: 'root', children: body }, 'act-2.xhtml');
    expect(xhtml).toContain('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 9 9" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="#s2-3-1" /><use xlink:href="#s2-3-2" /></svg>');
    expect(xhtml).toContain('<g id="s2-3-1" data-chart="arcs"><path class="frame"');
    // A lone element shared: wrapped, so rules that go through the chart (`[data-chart] .axis`) reach it.
    expect(xhtml).toContain('<g id="s2-3-2" data-chart="arcs"><path class="axis" d="M0,0V9" /></g>');
    expect(xhtml).not.toMatch(/ href=/);
  });

  it('refuses a reference to a part the chapter does not hold, naming the document', () => {
    expect(() => svgUsesForBook(section('<figure data-chart="arcs"><svg><use href="#s9-9-9"></use></svg></figure>'), 'Act 2: Dissonance')).toThrow(
      'Act 2: Dissonance: <use> href: got "#s9-9-9", expected "#" and the id of a figure part in the same chapter',
    );
  });
});
