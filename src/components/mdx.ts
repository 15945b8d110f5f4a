// The components chapter authors may use in MDX without importing them. The chapter route hands
// this map to every act, so an act file holds only prose and scroll sections.
import ScrollSection from './ScrollSection.astro';
import Step from './Step.astro';
import Document from './evidence/Document.astro';
import Testimony from './evidence/Testimony.astro';
import Dateline from './evidence/Dateline.astro';
import GlossaryNote from './evidence/GlossaryNote.astro';

/** GlossaryNote is not written by authors: src/site/glossaryNotesPlugin.ts inserts it. */
export const mdxComponents = { ScrollSection, Step, Document, Testimony, Dateline, GlossaryNote };
