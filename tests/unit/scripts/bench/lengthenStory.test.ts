import { describe, expect, it } from 'vitest';
import { lengthenChapter } from '../../../../scripts/bench/lengthenStory.ts';

const chapter = `---
act: 1
title: The Split
---

## Two realms under one sky

Prose.

<Document id="charter-of-minds" />

<ScrollSection chart="divide" title="How far apart">

<Step scene="a1-two-realms">

Step text.

</Step>

</ScrollSection>
`;

describe('lengthenChapter', () => {
  const long = lengthenChapter(chapter, 4);
  it('keeps the frontmatter once and repeats the body the number of times asked', () => {
    expect(long.match(/^act: 1$/gm)).toHaveLength(1);
    expect(long.match(/^Prose\.$/gm)).toHaveLength(4);
    expect(long.match(/<Step scene="a1-two-realms">/g)).toHaveLength(4);
  });
  it('marks each copy\'s headings and section titles, so section titles stay unique', () => {
    expect(long.match(/^## .*$/gm)).toEqual(['## Two realms under one sky', '## Two realms under one sky (copy 2)', '## Two realms under one sky (copy 3)', '## Two realms under one sky (copy 4)']);
    expect([...long.matchAll(/title="([^"]+)"/g)].map((m) => m[1])).toEqual(['How far apart', 'How far apart (copy 2)', 'How far apart (copy 3)', 'How far apart (copy 4)']);
  });
  it('quotes each record once: the copies leave their documents out', () => {
    expect(long.match(/<Document id="charter-of-minds" \/>/g)).toHaveLength(1);
    expect(long.match(/^Prose\.$/gm)).toHaveLength(4);
  });
  it('refuses a chapter without frontmatter', () => {
    expect(() => lengthenChapter('## No frontmatter', 2)).toThrow('expected --- fences at the top');
  });
});
