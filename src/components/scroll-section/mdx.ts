// The components chapter authors may use in MDX without importing them. The page that renders an
// act hands this map to it, bound to the act's number: a scroll section numbers its figures
// ("Figure 2.7") from the act it is told it stands in, never by searching the other chapters.
import { createComponent, renderComponent, renderTemplate } from 'astro/runtime/server/index.js';
import ScrollSection from './ScrollSection.astro';
import Step from './Step.astro';

export function mdxComponents(act: number) {
  const ActScrollSection = createComponent((result, props, slots) =>
    renderTemplate`${renderComponent(result, 'ScrollSection', ScrollSection, { ...props, act }, slots)}`,
  );
  return { ScrollSection: ActScrollSection, Step };
}
