// The components chapter authors may use in MDX without importing them. The chapter route hands
// this map to every act, so an act file holds only prose and scroll sections.
import ScrollSection from './ScrollSection.astro';
import Step from './Step.astro';
import Dateline from './stubs/Dateline.astro';
import Document from './stubs/Document.astro';
import Testimony from './stubs/Testimony.astro';

export const mdxComponents = { ScrollSection, Step, Dateline, Document, Testimony };
