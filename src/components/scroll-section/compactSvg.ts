// Makes a still SVG cheaper without changing a pixel: the print figures repeat a chart once per
// step, so their element count is most of a chapter's. Groups that only move their children are
// folded into the children's transforms, runs of identical opaque lines or circles that do not
// touch become one path, paths without data go, and clip paths stand without a <defs> around
// them. Knows nothing of the charts: it reads attributes only.
import type { Element, ElementContent, Parent, Properties } from 'hast';

/** Data attributes the stylesheets select on (`[data-colour=…]` and the like): a group carrying one paints. */
const STYLED_DATA = new Set(['dataColour', 'dataRealm', 'dataKind', 'dataChart', 'dataStep', 'dataTyped']);
/** Classes that name a part for readers of the markup but carry no style. */
const PLAIN_CLASSES = new Set(['key']);
/** Room between two circles of a run, so that neither's stroke (at most 3 wide) reaches the other. */
const STROKE_ROOM = 4;

const round = (value: number): number => Math.round(value * 10) / 10;

function isElement(node: ElementContent): node is Element {
  return node.type === 'element';
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

/** Elements that are only ever referenced, never painted where they stand: no `<defs>` needed. */
const NEVER_PAINTED = new Set(['clipPath', 'mask', 'marker', 'pattern', 'linearGradient', 'radialGradient', 'filter', 'symbol']);

/** A path without data draws nothing. */
function isEmptyPath(element: Element): boolean {
  return element.tagName === 'path' && String(element.properties.d ?? '').trim() === '' && element.properties.id === undefined;
}

/** A `<defs>` that holds only elements that are never painted anyway: its children can stand without it. */
function isNeedlessDefs(element: Element): boolean {
  return element.tagName === 'defs' && element.children.every((child) => (isElement(child) ? NEVER_PAINTED.has(child.tagName) : isBlank(child)));
}

/** `opacity="1"` is the default: dropping it lets equal elements compare equal. */
function dropDefaultOpacity(element: Element): void {
  if (String(element.properties.opacity) === '1') delete element.properties.opacity;
}

/** A group whose only effect is a transform: its children can carry the transform themselves. */
function isFoldableGroup(element: Element): boolean {
  if (element.tagName !== 'g' || element.children.some((child) => !isElement(child) && !isBlank(child))) return false;
  return Object.entries(element.properties).every(([name, value]) => {
    if (name === 'transform') return true;
    if (name === 'className') return (value as string[]).every((c) => PLAIN_CLASSES.has(c));
    return name.startsWith('data') && !STYLED_DATA.has(name);
  });
}

function foldGroup(group: Element): Element[] {
  const transform = group.properties.transform;
  return group.children.filter(isElement).map((child) => {
    if (transform !== undefined) {
      const own = child.properties.transform;
      child.properties.transform = own === undefined ? String(transform) : `${transform} ${own}`;
    }
    return child;
  });
}

const TRANSLATE = /translate\(\s*(-?[\d.]+)(?:[\s,]+(-?[\d.]+))?\s*\)/g;

/** The shift of a transform made only of translations, else undefined. */
function translation(transform: unknown): [number, number] | undefined {
  if (transform === undefined) return [0, 0];
  const text = String(transform);
  if (text.replace(TRANSLATE, '').trim() !== '') return undefined;
  const shift: [number, number] = [0, 0];
  for (const match of text.matchAll(TRANSLATE)) {
    shift[0] += Number(match[1]);
    shift[1] += Number(match[2] ?? 0);
  }
  return shift;
}

interface Shape {
  /** The element's attributes other than its geometry: a run shares them. */
  key: string;
  d: string;
  /** A circle's centre and radius, to keep a run's circles apart. */
  circle?: [number, number, number];
}

function rest(properties: Properties, geometry: string[]): Properties {
  return Object.fromEntries(Object.entries(properties).filter(([name]) => !geometry.includes(name)));
}

/** The path of a line or a circle, drawn as the element draws it (a circle starts at its right
 *  and runs clockwise, so dashes fall where they did). Undefined for anything else. */
function shapeOf(element: Element): Shape | undefined {
  const p = element.properties;
  if (p.opacity !== undefined || p.style !== undefined || p.id !== undefined) return undefined;
  const num = (name: string): number => Number(p[name] ?? 0);
  if (element.tagName === 'line' && p.transform === undefined) {
    const others = rest(p, ['x1', 'y1', 'x2', 'y2']);
    return { key: `line${JSON.stringify(others)}`, d: `M${round(num('x1'))},${round(num('y1'))}L${round(num('x2'))},${round(num('y2'))}` };
  }
  if (element.tagName === 'circle') {
    const shift = translation(p.transform);
    if (!shift) return undefined;
    const [cx, cy, r] = [num('cx') + shift[0], num('cy') + shift[1], num('r')];
    const others = rest(p, ['cx', 'cy', 'r', 'transform']);
    // Two half arcs from the right, clockwise: where and which way renderers draw a circle, so
    // dashes fall where they did.
    const [q, x, y] = [round(r), round(cx + r), round(cy)];
    const d = `M${x},${y}a${q},${q} 0 1 1 ${-round(2 * q)},0a${q},${q} 0 1 1 ${round(2 * q)},0Z`.replaceAll(' -', '-');
    return { key: `circle${JSON.stringify(others)}`, d, circle: [cx, cy, r] };
  }
  return undefined;
}

function apart(run: Shape[], next: Shape): boolean {
  if (!next.circle) return true;
  const [x, y, r] = next.circle;
  return run.every(({ circle }) => !circle || Math.hypot(circle[0] - x, circle[1] - y) >= circle[2] + r + STROKE_ROOM);
}

/** One path for a run of shapes, with the run's shared attributes. */
function pathOf(first: Element, run: Shape[]): Element {
  const geometry = first.tagName === 'line' ? ['x1', 'y1', 'x2', 'y2'] : ['cx', 'cy', 'r', 'transform'];
  return { type: 'element', tagName: 'path', properties: { ...rest(first.properties, geometry), d: run.map((s) => s.d).join('') }, children: [] };
}

function mergeRuns(children: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  let run: { first: Element; shapes: Shape[] } | undefined;
  const flush = (): void => {
    if (run) out.push(run.shapes.length > 1 ? pathOf(run.first, run.shapes) : run.first);
    run = undefined;
  };
  for (const child of children) {
    if (isBlank(child) && run) continue;
    const shape = isElement(child) ? shapeOf(child) : undefined;
    if (shape && run && run.shapes[0]!.key === shape.key && apart(run.shapes, shape)) {
      run.shapes.push(shape);
      continue;
    }
    flush();
    if (shape && isElement(child)) run = { first: child, shapes: [shape] };
    else out.push(child);
  }
  flush();
  return out;
}

/** Compacts every SVG under `root`, in place. */
export function compactSvg(root: Parent): void {
  for (const child of root.children) if (isElement(child as ElementContent)) compactElement(child as Element, false);
}

function compactElement(element: Element, inSvg: boolean): void {
  const svg = inSvg || element.tagName === 'svg';
  for (const child of element.children) if (isElement(child)) compactElement(child, svg);
  if (!svg) return;
  const children = element.children.flatMap((child): ElementContent[] => {
    if (!isElement(child)) return [child];
    dropDefaultOpacity(child);
    if (isEmptyPath(child)) return [];
    if (isNeedlessDefs(child)) return child.children;
    return isFoldableGroup(child) ? foldGroup(child) : [child];
  });
  // clipPath and defs children are referenced, not painted in order: leave them alone.
  element.children = element.tagName === 'clipPath' || element.tagName === 'defs' ? children : mergeRuns(children);
}
