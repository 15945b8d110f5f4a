import { describe, expect, it } from 'vitest';
import { withBase, normaliseBase, prefixRootUrl } from '../../../src/site/base.ts';

describe('withBase', () => {
  it('leaves root paths alone at a domain root', () => {
    expect(withBase('/about/', '/')).toBe('/about/');
    expect(withBase('/', '/')).toBe('/');
  });
  it('puts every internal path under a sub-path base', () => {
    expect(withBase('/about/', '/stories/neural-fabric/')).toBe('/stories/neural-fabric/about/');
    expect(withBase('acts/the-split/', '/stories/neural-fabric/')).toBe('/stories/neural-fabric/acts/the-split/');
    expect(withBase('/', '/stories/neural-fabric/')).toBe('/stories/neural-fabric/');
  });
  it('accepts a base without its trailing slash', () => {
    expect(withBase('/about/', '/sub')).toBe('/sub/about/');
  });
  it('never touches external, protocol-relative or fragment links', () => {
    expect(withBase('https://example.org/x', '/sub/')).toBe('https://example.org/x');
    expect(withBase('mailto:a@b.c', '/sub/')).toBe('mailto:a@b.c');
    expect(withBase('//cdn.example/x', '/sub/')).toBe('//cdn.example/x');
    expect(withBase('#step-3', '/sub/')).toBe('#step-3');
  });
});

describe('normaliseBase', () => {
  it('turns any spelling of a path into /path/ and nothing into /', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('stories/neural-fabric')).toBe('/stories/neural-fabric/');
    expect(normaliseBase('//stories/neural-fabric//')).toBe('/stories/neural-fabric/');
  });
  it('refuses something that is not a path, naming what it got', () => {
    expect(() => normaliseBase('/a b/')).toThrow('BASE_PATH: got "/a b/", expected a URL path');
    expect(() => normaliseBase('/x?y')).toThrow(/BASE_PATH/);
  });
});

describe('prefixRootUrl (links written in Markdown)', () => {
  it('prefixes root-relative links with the base', () => {
    expect(prefixRootUrl('/about/', '/sub/')).toBe('/sub/about/');
  });
  it('leaves relative, external, fragment and already-based links alone', () => {
    expect(prefixRootUrl('../about', '/sub/')).toBe('../about');
    expect(prefixRootUrl('https://x.org/', '/sub/')).toBe('https://x.org/');
    expect(prefixRootUrl('#top', '/sub/')).toBe('#top');
    expect(prefixRootUrl('/sub/about/', '/sub/')).toBe('/sub/about/');
    expect(prefixRootUrl('//x.org/a', '/sub/')).toBe('//x.org/a');
  });
  it('changes nothing at a domain root', () => {
    expect(prefixRootUrl('/about/', '/')).toBe('/about/');
  });
});
