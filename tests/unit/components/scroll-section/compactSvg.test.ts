import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { render } from 'svelte/server';
import type { Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { compactSvg } from '../../../../src/components/scroll-section/compactSvg.ts';
import { shareFigureParts } from '../../../../src/components/scroll-section/shareFigureParts.ts';
import type { ChartName } from '../../../../src/story/chartNames.ts';
import { CHARTS, prepareChart, type ChartDataMap, type ChartEntry } from '../../../../src/viz/registry.ts';
import { protagonists, scenesOfAct, timeline } from '../../helpers/realTimeline.ts';

const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">${body}</svg>`;
const compacted = (html: string): string => {
  const tree = fromHtml(html, { fragment: true });
  compactSvg(tree);
  return toHtml(tree);
};
const elements = (html: string) => (html.match(/<[a-z]/gi) ?? []).length;

describe('compactSvg', () => {
  it('draws a run of equal circles that do not touch as one path, starting at the right and running clockwise', () => {
    const out = compacted(svg('<circle class="dot" cx="10" cy="10" r="2.5"></circle><circle class="dot" cx="30" cy="10" r="2.5"></circle>'));
    expect(out).toContain('<path class="dot" d="M12.5,10a2.5,2.5 0 1 1-5,0a2.5,2.5 0 1 1 5,0ZM32.5,10a2.5,2.5 0 1 1-5,0a2.5,2.5 0 1 1 5,0Z"></path>');
  });

  it('keeps circles that overlap, differ in class, or are translucent apart', () => {
    expect(elements(compacted(svg('<circle class="dot" cx="10" cy="10" r="3"></circle><circle class="dot" cx="14" cy="10" r="3"></circle>')))).toBe(3);
    expect(elements(compacted(svg('<circle class="a" cx="10" cy="10" r="3"></circle><circle class="b" cx="40" cy="10" r="3"></circle>')))).toBe(3);
    expect(elements(compacted(svg('<circle opacity="0.5" cx="10" cy="10" r="3"></circle><circle opacity="0.5" cx="40" cy="10" r="3"></circle>')))).toBe(3);
  });

  it('joins equal lines into one path, in order, and drops the default opacity', () => {
    const out = compacted(svg('<line class="link" x1="0" y1="0" x2="10" y2="10" opacity="1"></line><line class="link" x1="5" y1="0" x2="5" y2="10"></line><line class="other" x1="0" y1="0" x2="1" y2="1"></line>'));
    expect(out).toContain('<path class="link" d="M0,0L10,10M5,0L5,10"></path><line class="other"');
  });

  it('folds a group that only moves its children, and keeps one that styles them', () => {
    const out = compacted(svg('<g data-node="a" transform="translate(5 6)"><circle r="2"></circle></g><g data-colour="elias" transform="translate(1 1)"><circle r="2"></circle></g>'));
    expect(out).toContain('<circle r="2" transform="translate(5 6)"></circle><g data-colour="elias"');
  });

  it('leaves clip paths and everything outside an SVG alone', () => {
    const html = `<p><span>a</span><span>b</span></p>${svg('<clipPath id="c"><rect width="1" height="1"></rect><rect x="2" width="1" height="1"></rect></clipPath>')}`;
    expect(compacted(html)).toBe(toHtml(fromHtml(html, { fragment: true })));
  });
});

// Every chart's print figures, rasterised before and after: only antialiasing may change. Paint
// comes from one rule for everything (the charts' own styles live in the page's stylesheet),
// which shows every fill and stroke; text is left out, as compactSvg does not touch it.
const PAINT = '<style>* { fill: #c33; stroke: #123; stroke-width: 2; } text { display: none; }</style>';
const raster = (markup: string): Uint8Array => {
  const only = /<svg[\s\S]*<\/svg>/.exec(markup)![0].replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"').replace(/>/, `>${PAINT}`);
  return new Resvg(only, { fitTo: { mode: 'width', value: 960 }, font: { loadSystemFonts: false } }).render().pixels;
};

const scenes = scenesOfAct(5);
/** A chart's still figure at a step of Act 5, as Svelte renders it (its hydration markers dropped). */
function stillFigure<K extends ChartName>(name: K, step: number): string {
  const entry: ChartEntry<ChartDataMap[K]> = CHARTS[name];
  const { data } = prepareChart(name, { timeline, characters: protagonists, scenes }, scenes);
  const props = { data, scenes, title: 'A chart', step, print: true, sceneLabel: 'A scene', figure: 'Figure 1.', hidden: true };
  return render(entry.component, { props }).body.replace(/<!--[\s\S]*?-->/g, '');
}

/** A figure drawn on its own: every `<use>` replaced by a copy of the part it names, which may sit
 *  in another figure of the section, as a browser draws it. */
function resolved(figure: Root, section: readonly Root[]): string {
  const parts = new Map(section.flatMap((tree) => selectAll('[id]', tree)).map((el) => [String(el.properties.id), el]));
  const copy = structuredClone(figure);
  for (const use of selectAll('use', copy)) {
    const part = parts.get(String(use.properties.href).slice(1));
    expect(part, `${String(use.properties.href)} is drawn in the section`).toBeDefined();
    const { id: _, ...properties } = part!.properties;
    Object.assign(use, { tagName: 'g', properties: {}, children: [{ ...structuredClone(part!), properties }] });
  }
  return toHtml(copy);
}

describe('compacted and shared print figures', () => {
  // One section of Act 5 per chart: a figure for each of its first five scenes, compacted, then
  // sharing their common parts. Each is drawn with the parts it shares resolved, and compared
  // with the figure as Svelte drew it.
  it.each(Object.keys(CHARTS) as ChartName[])('draw %s as before, with fewer elements', (name) => {
    const steps = [0, 1, 2, 3, 4];
    const before = steps.map((step) => stillFigure(name, step));
    const section = before.map((html) => {
      const tree = fromHtml(html, { fragment: true });
      compactSvg(tree);
      return tree;
    });
    shareFigureParts(section, 's9-1');
    expect(selectAll('use', { type: 'root', children: section.flatMap((tree) => tree.children) }).length, `${name}: parts shared`).toBeGreaterThan(0);
    steps.forEach((step) => {
      const after = resolved(section[step]!, section);
      const [a, b] = [raster(before[step]!), raster(after)];
      let [moved, worst] = [0, 0];
      for (let i = 0; i < a.length; i += 1) {
        const difference = Math.abs(a[i]! - b[i]!);
        worst = Math.max(worst, difference);
        if (difference > 8) moved += 1;
      }
      // A path's edge is antialiased a shade differently from a circle's: a few edge pixels, by
      // less than a quarter of a shade, and nothing else.
      expect(worst, `${name} step ${step}: largest change of a channel`).toBeLessThanOrEqual(64);
      expect(moved / a.length, `${name} step ${step}: share of channels that change`).toBeLessThan(2e-4);
    });
    // The first figure may gain a group for each part it lends; the section as a whole is lighter.
    const [first, ...later] = section.map((tree) => elements(toHtml(tree)));
    expect(Math.max(...later), `${name}: a later figure draws its shared parts by reference`).toBeLessThan(first!);
    expect(first! + later.reduce((sum, n) => sum + n, 0)).toBeLessThan(before.reduce((sum, html) => sum + elements(html), 0));
  });
});
