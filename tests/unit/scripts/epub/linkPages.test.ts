import { describe, expect, it } from 'vitest';
import { withEbookLink } from '../../../../scripts/epub/linkPages.ts';

const LINK = '<p class="ebook-download"><a href="/ebook/the-neural-fabric.epub" download>E-book, 275 KB</a></p>';

describe('withEbookLink', () => {
  it('puts the link after the slot, closed by the end marker', () => {
    expect(withEbookLink('<main><!--epub--></main>', LINK, 'dist/index.html')).toBe(`<main><!--epub-->${LINK}<!--/epub--></main>`);
  });

  it('replaces a link written by an earlier run in place, once', () => {
    const once = withEbookLink('<main><!--epub--></main>', '<p>old</p>', 'dist/index.html');
    const twice = withEbookLink(once, LINK, 'dist/index.html');
    expect(twice).toBe(`<main><!--epub-->${LINK}<!--/epub--></main>`);
    expect(twice).not.toContain('old');
  });

  it('stops with the page named when the page has no slot', () => {
    expect(() => withEbookLink('<main></main>', LINK, 'dist/about/index.html')).toThrow('dist/about/index.html: got no e-book slot <!--epub-->, expected one where the download link goes');
  });
});
