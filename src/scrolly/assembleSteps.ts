// Finishes a scroll section's rendered steps: reads their scenes in document order, gives each
// a stable anchor id and its index, and puts each step's print figure in its place. Steps are
// rendered by Step.astro, whose markup this module owns the shape of. Pure string work.

export const STEP_OPEN = /<div class="step" data-scene="([^"]*)"/g;
export const PRINT_SLOT = '<template data-print-figure></template>';

export interface AssembledSteps {
  html: string;
  scenes: string[];
  ids: string[];
}

export function stepId(chart: string, scene: string): string {
  return `${chart}-${scene}`;
}

export function readStepScenes(html: string): string[] {
  return Array.from(html.matchAll(STEP_OPEN), (match) => match[1] ?? '');
}

export function assembleSteps(html: string, chart: string, printFigure: (index: number, scene: string, scenes: readonly string[]) => string): AssembledSteps {
  const scenes = readStepScenes(html);
  const ids = scenes.map((scene) => stepId(chart, scene));
  let index = 0;
  let withIds = html.replace(STEP_OPEN, (_, scene: string) => {
    const id = ids[index];
    const tag = `<div class="step" id="${id}" data-step="${index}" data-scene="${scene}"`;
    index += 1;
    return tag;
  });
  let slot = 0;
  withIds = withIds.split(PRINT_SLOT).reduce((out, part, i) => {
    if (i === 0) return part;
    const figure = printFigure(slot, scenes[slot] ?? '', scenes);
    slot += 1;
    return out + figure + part;
  }, '');
  return { html: withIds, scenes, ids };
}
