// What a built page weighs as markup: its elements (as Lighthouse counts them, the body's) and
// its gzipped bytes, whole and with the charts taken out (the prose-only floor: the page a
// chapter would be without its live charts, their data tables, print figures, its opening timeline
// and island code).
import { gzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { matches, select } from 'hast-util-select';

const CHART_PARTS = '.scrolly-graphic, .print-figure, .chapter-timeline, script:not([type="application/ld+json"])';

export interface HtmlWeight {
  elements: number;
  gzip: number;
  /** The same page without its charts. */
  proseElements: number;
  proseGzip: number;
}

function countElements(node: Root | RootContent): number {
  const own = node.type === 'element' ? 1 : 0;
  return 'children' in node ? node.children.reduce((sum, child) => sum + countElements(child), own) : own;
}

function withoutCharts(node: Root | Element): void {
  node.children = node.children.filter((child) => !(child.type === 'element' && matches(CHART_PARTS, child))) as typeof node.children;
  for (const child of node.children) if (child.type === 'element') withoutCharts(child);
}

const bodyElements = (tree: Root): number => countElements(select('body', tree)!) - 1;

export function htmlWeight(html: string): HtmlWeight {
  const tree = fromHtml(html);
  const elements = bodyElements(tree);
  withoutCharts(tree);
  return { elements, gzip: gzipSync(html).length, proseElements: bodyElements(tree), proseGzip: gzipSync(toHtml(tree)).length };
}
