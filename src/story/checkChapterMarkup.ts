// Checks the scroll markup an author wrote in a chapter before it is rendered: every section
// names a known chart, every step names a known scene, no step is outside a section. Errors name
// the chapter file, the section and step, what was found and what was expected.
import { scrollMarkup, type MarkupStep } from './scrollMarkup.ts';

export interface MarkupRules {
  charts: readonly string[];
  scenes: ReadonlySet<string>;
}

export function checkChapterMarkup(file: string, body: string, rules: MarkupRules): string[] {
  let markup;
  try {
    markup = scrollMarkup(body, file);
  } catch (error) {
    return [(error as Error).message];
  }
  const problems: string[] = [];
  const checkScene = (where: string, { scene }: MarkupStep) => {
    if (!scene || !rules.scenes.has(scene)) {
      problems.push(`${file}: ${where}: scene: got ${scene ? `"${scene}"` : 'nothing'}, expected a scene id from content/data/scenes.json`);
    }
  };
  const titles = new Set<string>();
  markup.sections.forEach(({ chart, title, steps }, index) => {
    const section = `scroll section ${index + 1}`;
    if (!chart || !rules.charts.includes(chart)) {
      problems.push(`${file}: ${section}: chart: got ${chart ? `"${chart}"` : 'nothing'}, expected one of ${rules.charts.map((c) => `"${c}"`).join(', ')}`);
    }
    if (!title) problems.push(`${file}: ${section}: title: got nothing, expected a short heading for the chart`);
    else if (titles.has(`${chart}|${title}`)) problems.push(`${file}: ${section}: title: got "${title}" again, expected a title no other ${chart} section of this chapter uses`);
    if (title) titles.add(`${chart}|${title}`);
    steps.forEach((step, i) => checkScene(`${section}, step ${i + 1}`, step));
  });
  for (const stray of markup.strays) {
    const where = 'step outside any scroll section';
    problems.push(`${file}: ${where}: got a <Step> on its own, expected it inside <ScrollSection>`);
    checkScene(where, stray);
  }
  return problems;
}
