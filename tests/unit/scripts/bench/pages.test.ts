import { describe, expect, it } from 'vitest';
import { isChapter, pageLabel, pagesFromSitemap } from '../../../../scripts/bench/pages.ts';

const sitemap = (locs: string[]) => `<?xml version="1.0"?><urlset>${locs.map((l) => `<url><loc>${l}</loc></url>`).join('')}</urlset>`;

describe('pagesFromSitemap', () => {
  it('lists every page as a path under the base, home page first', () => {
    const xml = sitemap(['https://x.example/', 'https://x.example/about/', 'https://x.example/acts/the-split/']);
    expect(pagesFromSitemap(xml, '/')).toEqual(['', 'about/', 'acts/the-split/']);
  });
  it('strips a sub-path base', () => {
    const xml = sitemap(['https://x.example/stories/nf/', 'https://x.example/stories/nf/book/']);
    expect(pagesFromSitemap(xml, '/stories/nf/')).toEqual(['', 'book/']);
  });
  it('refuses a sitemap built for another base, naming the URL', () => {
    expect(() => pagesFromSitemap(sitemap(['https://x.example/about/']), '/stories/nf/')).toThrow('got "https://x.example/about/", expected a URL under the base path "/stories/nf/"');
  });
  it('refuses an empty sitemap', () => {
    expect(() => pagesFromSitemap('<urlset></urlset>', '/')).toThrow('got no <loc> entries');
  });
});

describe('isChapter', () => {
  it('is true for /acts/<slug>/ only', () => {
    expect(isChapter('acts/the-split/')).toBe(true);
    expect(isChapter('acts/')).toBe(false);
    expect(isChapter('characters/elias-tran/')).toBe(false);
    expect(isChapter('')).toBe(false);
  });
});

describe('pageLabel', () => {
  it('names the home page "/" and others by their path', () => {
    expect(pageLabel('')).toBe('/');
    expect(pageLabel('about/')).toBe('/about/');
  });
});
