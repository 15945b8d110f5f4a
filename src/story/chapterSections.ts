// The scroll sections of a chapter as written in its MDX source: chart, title and step scenes,
// in order. Lets a section number its figures across the whole chapter ("Figure 2.7") without
// depending on the order in which sections happen to render.
import { scrollMarkup } from './scrollMarkup.ts';

export interface SectionOutline {
  chart: string;
  title: string;
  scenes: string[];
}

export function chapterSections(body: string, file?: string): SectionOutline[] {
  return scrollMarkup(body, file).sections.map((section) => ({
    chart: section.chart ?? '',
    title: section.title ?? '',
    scenes: section.steps.map((step) => step.scene ?? ''),
  }));
}

/** How many figures come before the section with this chart and title. */
export function figuresBefore(sections: readonly SectionOutline[], chart: string, title: string): number {
  return sections.slice(0, sectionIndex(sections, chart, title)).reduce((sum, s) => sum + s.scenes.length, 0);
}

/** Where the section with this chart and title stands among the chapter's sections, from 0. */
export function sectionIndex(sections: readonly SectionOutline[], chart: string, title: string): number {
  const index = sections.findIndex((s) => s.chart === chart && s.title === title);
  if (index < 0) throw new Error(`No scroll section with chart "${chart}" and title "${title}" in this chapter`);
  return index;
}
