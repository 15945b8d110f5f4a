// Readies a chapter's shared figure parts for the e-book. On the site a section's later figures
// draw what they share with the first through `<use href="#id">`; an EPUB's SVG is SVG 1.1, where
// the reference is `xlink:href` in the XLink namespace, and the part must sit in the same XHTML
// document, which it does, as a chapter holds its sections whole. The book's stylesheet selects
// a figure's marks through the figure (`[data-chart='arcs'] .trail`), and a reading system may
// style the drawn copy apart from the figure, as browsers do: each shared part is a group that
// carries its figure's data-chart, so those rules reach into it wherever it is drawn.
import type { Element, ElementContent } from 'hast';

const XLINK = 'http://www.w3.org/1999/xlink';

interface Found {
  element: Element;
  parent: Element;
  /** The nearest data-chart around it. */
  chart: unknown;
}

function walk(element: Element, chart: unknown, visit: (child: Element, parent: Element, chart: unknown, svg: Element | undefined) => void, svg?: Element): void {
  const here = element.properties['dataChart'] ?? chart;
  const inSvg = element.tagName === 'svg' ? element : svg;
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    visit(child, element, here, inSvg);
    walk(child, here, visit, child.tagName === 'svg' ? child : inSvg);
  }
}

/** Rewrites the `<use>` references of one document in place; `document` names it in errors. */
export function svgUsesForBook(body: readonly ElementContent[], document: string): number {
  const byId = new Map<string, Found>();
  const uses: { use: Element; svg: Element | undefined }[] = [];
  const root: Element = { type: 'element', tagName: 'div', properties: {}, children: [...body] };
  walk(root, undefined, (child, parent, chart, svg) => {
    if (typeof child.properties['id'] === 'string') byId.set(child.properties['id'], { element: child, parent, chart });
    if (child.tagName === 'use') uses.push({ use: child, svg });
  });

  const readied = new Set<string>();
  for (const { use, svg } of uses) {
    const { href, xLinkHref, ...rest } = use.properties;
    const reference = String(href ?? xLinkHref ?? '');
    const found = byId.get(reference.slice(1));
    if (!reference.startsWith('#') || !found) {
      throw new Error(`${document}: <use> href: got "${reference}", expected "#" and the id of a figure part in the same chapter`);
    }
    use.properties = { ...rest, xLinkHref: reference };
    if (svg) svg.properties['xmlnsXLink'] = XLINK;
    if (readied.has(reference)) continue;
    readied.add(reference);
    const { element, parent, chart } = found;
    if (element.tagName === 'g') {
      element.properties['dataChart'] = chart as string;
    } else {
      const { id, ...own } = element.properties;
      const group: Element = { type: 'element', tagName: 'g', properties: { id, dataChart: chart as string }, children: [{ ...element, properties: own }] };
      parent.children[parent.children.indexOf(element)] = group;
    }
  }
  return uses.length;
}
