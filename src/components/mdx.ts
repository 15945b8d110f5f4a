// The components chapter authors may use in MDX without importing them. The chapter route hands
// this map to every act, so an act file holds only prose and scroll sections.
import ScrollSection from './ScrollSection.astro';
import Step from './Step.astro';

export const mdxComponents = { ScrollSection, Step };
