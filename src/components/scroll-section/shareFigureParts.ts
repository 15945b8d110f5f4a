// Draws what a scroll section's print figures have in common once. The figures show one chart at
// each step, so much of them (act bands, axes, keys, labels that do not move) is the same markup
// in every one. A run of sibling elements that is identical in every figure stays where it is in
// the first figure, wrapped in a group with an id, and every later figure draws it with
// `<use href="#id">` in its place: paint order and inherited paint are as before, as `<use>`
// draws its copy where it stands and inherits from there. Knows nothing of the charts: it
// compares serialized markup only.
//
// The site's styles select a chart's marks by their own classes (Svelte scopes them), never
// through an ancestor, which a `<use>` copy would not have; the e-book's own rules are adapted
// where it builds its chapters (scripts/epub/svgUses.ts).
import type { Element, ElementContent, Root } from 'hast';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** Elements that are referenced, not painted in order, or that speak for the figure: never shared. */
const KEEP = new Set(['defs', 'clipPath', 'mask', 'marker', 'pattern', 'symbol', 'linearGradient', 'radialGradient', 'title', 'desc', 'a', 'use', 'foreignObject']);
/** A reference costs about this much markup: a lone element is shared only if it is much larger. */
const LONE_ELEMENT_BYTES = 160;

interface Child {
  element: Element;
  markup: string;
  /** Index in the parent's children. */
  at: number;
}

const isElement = (node: ElementContent): node is Element => node.type === 'element';

function countElements(element: Element): number {
  return element.children.reduce((sum, child) => sum + (isElement(child) ? countElements(child) : 0), 1);
}

/** A subtree that names or points at ids cannot be copied: the copy would repeat or lose them. */
function canShare(element: Element): boolean {
  if (KEEP.has(element.tagName) || element.properties.id !== undefined) return false;
  if (Object.values(element.properties).some((value) => typeof value === 'string' && /url\(#|^#/.test(value))) return false;
  return element.children.every((child) => !isElement(child) || canShare(child));
}

function childrenOf(parent: Element): Child[] {
  return parent.children.flatMap((node, at) => (isElement(node) ? [{ element: node, markup: toHtml(node), at }] : []));
}

/** Where `run` stands as consecutive elements of `children`, from `from` on; -1 when it does not. */
function indexOfRun(children: readonly Child[], run: readonly string[], from = 0): number {
  for (let i = from; i + run.length <= children.length; i += 1) {
    if (run.every((markup, k) => children[i + k]!.markup === markup)) return i;
  }
  return -1;
}

/** Runs of the first parent's children that every other parent holds as well, consecutively. */
function commonRuns(all: readonly Child[][], shared: ReadonlySet<string>): Child[][] {
  const [first, ...others] = all as [Child[], ...Child[][]];
  const runs: Child[][] = [];
  let i = 0;
  while (i < first.length) {
    if (!shared.has(first[i]!.markup)) {
      i += 1;
      continue;
    }
    let end = i + 1;
    while (end < first.length && shared.has(first[end]!.markup)) {
      const longer = first.slice(i, end + 1).map((c) => c.markup);
      if (!others.every((children) => indexOfRun(children, longer) >= 0)) break;
      end += 1;
    }
    runs.push(first.slice(i, end));
    i = end;
  }
  return runs;
}

function worthSharing(run: readonly Child[], copies: number): boolean {
  const elements = run.reduce((sum, c) => sum + countElements(c.element), 0);
  if (run.length === 1 && elements === 1) return run[0]!.markup.length >= LONE_ELEMENT_BYTES;
  // Each copy trades the run's elements for one reference; a run of several gains a group.
  return copies * (elements - 1) > (run.length > 1 ? 1 : 0);
}

interface Context {
  prefix: string;
  next: number;
}

/** Shares runs among the children of `parents` (one element per figure), then looks inside the
 *  groups that differ but stand for one another (same tag and class, as many in every figure). */
function shareAmong(parents: readonly Element[], context: Context): void {
  const all = parents.map(childrenOf);
  const inEvery = new Set(all[0]!.filter((c) => canShare(c.element)).map((c) => c.markup));
  for (const children of all.slice(1)) {
    const here = new Set(children.map((c) => c.markup));
    for (const markup of inEvery) if (!here.has(markup)) inEvery.delete(markup);
  }
  const runs = commonRuns(all, inEvery).filter((run) => worthSharing(run, parents.length - 1));
  const used = all.map(() => new Set<number>());

  // Replace from the last run back, so the indices of the runs before stay good.
  const replacements = all.map((): { from: number; to: number; node: Element }[] => []);
  for (const run of runs) {
    const id = `${context.prefix}-${(context.next += 1)}`;
    const markup = run.map((c) => c.markup);
    let defined = false;
    all.forEach((children, f) => {
      for (let start = indexOfRun(children, markup); start >= 0; start = indexOfRun(children, markup, start + run.length)) {
        if (markup.some((_, k) => used[f]!.has(start + k))) continue;
        markup.forEach((_, k) => used[f]!.add(start + k));
        const [from, to] = [children[start]!.at, children[start + run.length - 1]!.at];
        // The first time the run is met (in the first figure) it is drawn, under its id.
        const node: Element = defined
          ? { type: 'element', tagName: 'use', properties: { href: `#${id}` }, children: [] }
          : run.length === 1
            ? Object.assign(children[start]!.element, { properties: { id, ...children[start]!.element.properties } })
            : { type: 'element', tagName: 'g', properties: { id }, children: parents[0]!.children.slice(from, to + 1) };
        defined = true;
        replacements[f]!.push({ from, to, node });
      }
    });
  }
  replacements.forEach((list, f) => {
    for (const { from, to, node } of list.sort((a, b) => b.from - a.from)) parents[f]!.children.splice(from, to - from + 1, node);
  });

  // Groups left as they were: pair them across figures by tag and class, and share inside them.
  const keyOf = (element: Element) => `${element.tagName}.${String(element.properties.className ?? '')}`;
  const groups = parents.map((parent) => parent.children.filter((n): n is Element => isElement(n) && n.tagName === 'g' && n.properties.id === undefined));
  const keys = new Set(groups[0]!.map(keyOf));
  for (const key of keys) {
    const matching = groups.map((list) => list.filter((g) => keyOf(g) === key));
    if (matching.some((list) => list.length !== matching[0]!.length)) continue;
    matching[0]!.forEach((_, k) => shareAmong(matching.map((list) => list[k]!), context));
  }
}

/**
 * Shares the parts that every figure of a section draws alike, in place. `figures` are the
 * rendered print figures of one section, in step order; `prefix` makes the ids unique on a page
 * that holds every chapter (the act and the section: "s5-2").
 */
export function shareFigureParts(figures: readonly Root[], prefix: string): void {
  const svgs = figures.map((figure) => select('svg', figure));
  if (svgs.length < 2 || svgs.some((svg) => !svg)) return;
  shareAmong(svgs as Element[], { prefix, next: 0 });
}
