import { describe, expect, it } from 'vitest';
import { checkChapterMarkup } from '../../../src/story/checkChapterMarkup.ts';

const rules = { charts: ['divide', 'arcs', 'fabric'], scenes: new Set(['a1-two-realms', 'a1-ivy-lab']) };
const file = 'content/acts/01-the-split.mdx';

describe('checkChapterMarkup', () => {
  it('accepts sections with known charts and steps with known scenes', () => {
    const body = '<ScrollSection chart="divide" title="T">\n\n<Step scene="a1-two-realms">\n\nText\n\n</Step>\n\n</ScrollSection>';
    expect(checkChapterMarkup(file, body, rules)).toEqual([]);
  });
  it('names the chapter, the step and the unknown scene id', () => {
    const body = '<ScrollSection chart="divide" title="T">\n<Step scene="a1-two-realms">x</Step>\n<Step scene="a9-nowhere">x</Step>\n</ScrollSection>';
    expect(checkChapterMarkup(file, body, rules)).toEqual([
      'content/acts/01-the-split.mdx: scroll section 1, step 2: scene: got "a9-nowhere", expected a scene id from content/data/scenes.json',
    ]);
  });
  it('refuses an unknown chart and a missing title', () => {
    const body = '<ScrollSection chart="pie">\n<Step scene="a1-ivy-lab">x</Step>\n</ScrollSection>';
    expect(checkChapterMarkup(file, body, rules)).toEqual([
      'content/acts/01-the-split.mdx: scroll section 1: chart: got "pie", expected one of "divide", "arcs", "fabric"',
      'content/acts/01-the-split.mdx: scroll section 1: title: got nothing, expected a short heading for the chart',
    ]);
  });
  it('refuses a step outside any section, or without a scene', () => {
    const problems = checkChapterMarkup(file, '<Step>lonely</Step>', rules);
    expect(problems).toEqual([
      'content/acts/01-the-split.mdx: step outside any scroll section: got a <Step> on its own, expected it inside <ScrollSection>',
      'content/acts/01-the-split.mdx: step outside any scroll section: scene: got nothing, expected a scene id from content/data/scenes.json',
    ]);
  });
  it('refuses a chart and title used twice in one chapter, where figures could not be told apart', () => {
    const section = '<ScrollSection chart="divide" title="Same">\n<Step scene="a1-ivy-lab">x</Step>\n</ScrollSection>';
    expect(checkChapterMarkup(file, `${section}\n\n${section}`, rules)).toEqual([
      'content/acts/01-the-split.mdx: scroll section 2: title: got "Same" again, expected a title no other divide section of this chapter uses',
    ]);
  });
});
