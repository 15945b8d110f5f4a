import { describe, expect, it } from 'vitest';
import { chapterSections, figuresBefore } from '../../../src/story/chapterSections.ts';

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
});
