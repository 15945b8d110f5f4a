import { describe, expect, it } from 'vitest';
import { chapterSections, figuresBefore, sectionIndex } from '../../../src/story/chapterSections.ts';

const body = `Intro.

<ScrollSection chart="divide" title="First">

<Step scene="a">x</Step>
<Step scene="b">x</Step>

</ScrollSection>

Between.

<ScrollSection title="Second" chart="arcs">
<Step scene="c">x</Step>
</ScrollSection>`;

describe('chapterSections', () => {
  it('lists sections in order with chart, title and scenes, whatever the attribute order', () => {
    expect(chapterSections(body)).toEqual([
      { chart: 'divide', title: 'First', scenes: ['a', 'b'] },
      { chart: 'arcs', title: 'Second', scenes: ['c'] },
    ]);
  });
  it('counts the figures before a section', () => {
    const sections = chapterSections(body);
    expect(figuresBefore(sections, 'divide', 'First')).toBe(0);
    expect(figuresBefore(sections, 'arcs', 'Second')).toBe(2);
  });
  it('refuses a section it cannot find', () => {
    expect(() => figuresBefore(chapterSections(body), 'fabric', 'Nope')).toThrow('No scroll section with chart "fabric" and title "Nope"');
  });
  it('reads the MDX tree: a section shown in a code block is not a section', () => {
    const withCode = `---\nact: 1\n---\n\n\`\`\`mdx\n<ScrollSection chart="fabric" title="Example">\n<Step scene="z">x</Step>\n</ScrollSection>\n\`\`\`\n\n${body}`;
    expect(chapterSections(withCode).map((s) => s.title)).toEqual(['First', 'Second']);
  });
  it('names the file when the MDX does not parse', () => {
    expect(() => chapterSections('<ScrollSection chart="divide">\n\n<Step scene="a">', 'content/acts/09-x.mdx')).toThrow(/^content\/acts\/09-x\.mdx: MDX: /);
  });
  it('gives the place of a section among the chapter\'s sections', () => {
    expect(sectionIndex(chapterSections(body), 'arcs', 'Second')).toBe(1);
  });
});
