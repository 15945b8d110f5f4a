// Finishes a scroll section's rendered steps: reads their scenes in document order, gives each
// a stable anchor id and its index, and puts each step's print figure in its place. Steps are
// rendered by Step.astro, whose markup this module owns the shape of; it works on the parsed
// HTML tree, so prose that happens to look like a step's tag is never touched.
import type { Element, ElementContent, Literal, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';

/** HTML that hast-util-to-html writes out as it is (allowDangerousHtml): a print figure's SVG. */
interface Raw extends Literal {
  type: 'raw';
}
declare module 'hast' {
  interface ElementContentMap {
    raw: Raw;
  }
}

/** Where Step.astro leaves room for its print figure: a direct child of the step. */
export const PRINT_SLOT = '<template data-print-figure></template>';
const STEP = 'div.step';

export interface AssembledSteps {
  html: string;
  scenes: string[];
  ids: string[];
}

export function stepId(chart: string, scene: string): string {
  return `${chart}-${scene}`;
}

function parseSteps(html: string): { tree: Root; steps: Element[] } {
  const tree = fromHtml(html, { fragment: true });
  return { tree, steps: selectAll(STEP, tree) };
}

function sceneOf(step: Element, where: string, index: number): string {
  const scene = step.properties.dataScene;
  if (typeof scene !== 'string' || scene === '') {
    throw new Error(`${where}, step ${index + 1}: data-scene: got ${scene === undefined ? 'nothing' : `"${String(scene)}"`}, expected the scene id Step.astro writes`);
  }
  return scene;
}

const isPrintSlot = (node: ElementContent): node is Element =>
  node.type === 'element' && node.tagName === 'template' && node.properties.dataPrintFigure !== undefined;

/** The scenes of the steps in `html`, in document order. `where` names the section in errors. */
export function readStepScenes(html: string, where = 'scroll section'): string[] {
  return parseSteps(html).steps.map((step, index) => sceneOf(step, where, index));
}

/**
 * Gives every step its id, index and print figure. `where` names the section in errors
 * ("content/acts/02-dissonance.mdx: scroll section 2"); a step must carry its scene and exactly
 * one print slot, as Step.astro writes them.
 */
export function assembleSteps(
  html: string,
  chart: string,
  printFigure: (index: number, scene: string, scenes: readonly string[]) => string,
  where = 'scroll section',
): AssembledSteps {
  const { tree, steps } = parseSteps(html);
  const scenes = steps.map((step, index) => sceneOf(step, where, index));
  const ids = scenes.map((scene) => stepId(chart, scene));
  steps.forEach((step, index) => {
    if (selectAll(STEP, { type: 'root', children: step.children }).length > 0) {
      throw new Error(`${where}, step ${index + 1}: got a <Step> inside another, expected steps side by side`);
    }
    const { className, dataScene, ...rest } = step.properties;
    step.properties = { className, id: ids[index], dataStep: index, dataScene, ...rest };
    const slots = step.children.filter(isPrintSlot);
    if (slots.length !== 1) {
      throw new Error(`${where}, step ${index + 1}: print slot: got ${slots.length}, expected exactly one, as Step.astro writes it`);
    }
    const figure = printFigure(index, scenes[index] ?? '', scenes);
    // The figure is rendered HTML already (a chart's SVG): kept as it is rather than parsed again.
    step.children[step.children.indexOf(slots[0]!)] = { type: 'raw', value: figure };
  });
  return { html: toHtml(tree, { allowDangerousHtml: true }), scenes, ids };
}
