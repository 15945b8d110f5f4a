import { describe, expect, it } from 'vitest';
import { cardSlug } from '../../../src/publish/cards/pages.ts';

describe('cardSlug', () => {
  it.each([
    ['/', '/', 'index'],
    ['/acts/dissonance/', '/', 'acts/dissonance'],
    ['/stories/nf/', '/stories/nf/', 'index'],
    ['/stories/nf/characters/ivy-clarke/', '/stories/nf/', 'characters/ivy-clarke'],
    ['/stories/nf/404.html', '/stories/nf', '404'],
    ['/404', '/', '404'],
  ])('finds the card of %s under base %s: %s', (pathname, base, slug) => {
    expect(cardSlug(pathname, base)).toBe(slug);
  });
});
