// The components chapter authors may use in MDX without importing them. The page that renders an
// act hands this map to it, bound to the act's number: a scroll section numbers its figures
// ("Figure 2.7") from the act it is told it stands in, never by searching the other chapters.
// The page also says how sections are laid out: sticky beside the text, or flat as in the book.
import { createComponent, renderComponent, renderTemplate } from 'astro/runtime/server/index.js';
import ScrollSection from './ScrollSection.astro';
import FlatSection from './FlatSection.astro';
import Step from './Step.astro';
import Document from '../evidence/Document.astro';
import Testimony from '../evidence/Testimony.astro';
import Dateline from '../evidence/Dateline.astro';
import GlossaryNote from '../evidence/GlossaryNote.astro';

export type SectionLayout = 'sticky' | 'flat';

export function mdxComponents(act: number, layout: SectionLayout = 'sticky') {
  const Section = layout === 'flat' ? FlatSection : ScrollSection;
  const ActScrollSection = createComponent((result, props, slots) =>
    renderTemplate`${renderComponent(result, 'ScrollSection', Section, { ...props, act }, slots)}`,
  );
  // GlossaryNote is not written by authors: src/story/glossaryNotesPlugin.ts inserts it.
  return { ScrollSection: ActScrollSection, Step, Document, Testimony, Dateline, GlossaryNote };
}
