// The scroll sections of a chapter as written in its MDX source: chart, title and step scenes,
// in order. Lets a section number its figures across the whole chapter ("Figure 2.7") without
// depending on the order in which sections happen to render.

export interface SectionOutline {
  chart: string;
  title: string;
  scenes: string[];
}

export function chapterSections(body: string): SectionOutline[] {
  return [...body.matchAll(/<ScrollSection\b([^>]*)>([\s\S]*?)<\/ScrollSection>/g)].map((match) => {
    const attributes = match[1] ?? '';
    return {
      chart: /\bchart\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? '',
      title: /\btitle\s*=\s*"([^"]*)"/.exec(attributes)?.[1] ?? '',
      scenes: [...(match[2] ?? '').matchAll(/<Step\b[^>]*\bscene\s*=\s*"([^"]*)"/g)].map((m) => m[1] ?? ''),
    };
  });
}

/** How many figures come before the section with this chart and title. */
export function figuresBefore(sections: readonly SectionOutline[], chart: string, title: string): number {
  const index = sections.findIndex((s) => s.chart === chart && s.title === title);
  if (index < 0) throw new Error(`No scroll section with chart "${chart}" and title "${title}" in this chapter`);
  return sections.slice(0, index).reduce((sum, s) => sum + s.scenes.length, 0);
}
