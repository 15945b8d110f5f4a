// Checks the scroll markup an author wrote in a chapter before it is rendered: every section
// names a known chart, every step names a known scene, no step is outside a section. Errors name
// the chapter file, the section and step, what was found and what was expected.

export interface MarkupRules {
  charts: readonly string[];
  scenes: ReadonlySet<string>;
}

const TAG = /<(ScrollSection|Step)\b([^>]*)>|<\/ScrollSection>/g;

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`).exec(attributes)?.[1];
}

export function checkChapterMarkup(file: string, body: string, rules: MarkupRules): string[] {
  const problems: string[] = [];
  let section = 0;
  let inSection = false;
  let step = 0;
  const titles = new Set<string>();
  for (const match of body.matchAll(TAG)) {
    const [whole, tag, attributes = ''] = match;
    if (whole === '</ScrollSection>') {
      inSection = false;
      continue;
    }
    if (tag === 'ScrollSection') {
      section += 1;
      step = 0;
      inSection = true;
      const chart = attribute(attributes, 'chart');
      if (!chart || !rules.charts.includes(chart)) {
        problems.push(`${file}: scroll section ${section}: chart: got ${chart ? `"${chart}"` : 'nothing'}, expected one of ${rules.charts.map((c) => `"${c}"`).join(', ')}`);
      }
      const title = attribute(attributes, 'title');
      if (!title) problems.push(`${file}: scroll section ${section}: title: got nothing, expected a short heading for the chart`);
      else if (titles.has(`${chart}|${title}`)) problems.push(`${file}: scroll section ${section}: title: got "${title}" again, expected a title no other ${chart} section of this chapter uses`);
      if (title) titles.add(`${chart}|${title}`);
      continue;
    }
    step += 1;
    const scene = attribute(attributes, 'scene');
    const where = inSection ? `scroll section ${section}, step ${step}` : `step outside any scroll section`;
    if (!inSection) problems.push(`${file}: ${where}: got a <Step> on its own, expected it inside <ScrollSection>`);
    if (!scene || !rules.scenes.has(scene)) {
      problems.push(`${file}: ${where}: scene: got ${scene ? `"${scene}"` : 'nothing'}, expected a scene id from content/data/scenes.json`);
    }
  }
  return problems;
}
