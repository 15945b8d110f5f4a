import { describe, expect, it } from 'vitest';
import { shortUrl } from '../../../../scripts/bench/shortUrl.ts';

describe('shortUrl', () => {
  it('names a file by its name and a page by its path', () => {
    expect(shortUrl('http://127.0.0.1:4321/_astro/Base.CVP-GMdc.css')).toBe('Base.CVP-GMdc.css');
    expect(shortUrl('http://127.0.0.1:4321/acts/the-split/')).toBe('/acts/the-split/');
    expect(shortUrl('http://127.0.0.1:4321')).toBe('/');
  });
});
