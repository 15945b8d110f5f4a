import { describe, expect, it } from 'vitest';
import { gzippedSize, isThirdParty, kindOf, tallyBytes } from '../../../../scripts/bench/bytes.ts';

const body = (text: string) => new TextEncoder().encode(text);

describe('kindOf', () => {
  it('sorts by content type first', () => {
    expect(kindOf('http://h/x', 'text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('http://h/x', 'text/css')).toBe('css');
    expect(kindOf('http://h/', 'text/html; charset=utf-8')).toBe('html');
    expect(kindOf('http://h/x', 'font/woff2')).toBe('font');
  });
  it('falls back on the file extension when the type says nothing useful', () => {
    expect(kindOf('http://h/_astro/a.js', 'application/octet-stream')).toBe('js');
    expect(kindOf('http://h/a.woff', '')).toBe('font');
    expect(kindOf('http://h/favicon.svg', 'image/svg+xml')).toBe('other');
  });
});

describe('gzippedSize', () => {
  it('is the length of a real gzip of the body, smaller for repetitive text', () => {
    const text = body('abc '.repeat(1000));
    expect(gzippedSize(text)).toBeLessThan(text.length / 10);
    expect(gzippedSize(new Uint8Array())).toBe(0);
  });
});

describe('tallyBytes', () => {
  it('adds raw and gzipped bytes per kind, counting each URL once', () => {
    const js = body('const a = 1;'.repeat(50));
    const tally = tallyBytes([
      { url: 'http://h/a.js', contentType: 'text/javascript', body: js },
      { url: 'http://h/a.js', contentType: 'text/javascript', body: js },
      { url: 'http://h/', contentType: 'text/html', body: body('<p>hi</p>') },
    ]);
    expect(tally.js.raw).toBe(js.length);
    expect(tally.js.gz).toBe(gzippedSize(js));
    expect(tally.html.raw).toBe(9);
    expect(tally.css).toEqual({ raw: 0, gz: 0 });
    expect(tally.font).toEqual({ raw: 0, gz: 0 });
  });
});

describe('isThirdParty', () => {
  it('flags any other origin, including another port on the same host', () => {
    expect(isThirdParty('https://fonts.example/a.woff2', 'http://127.0.0.1:4321')).toBe(true);
    expect(isThirdParty('http://127.0.0.1:9999/a.js', 'http://127.0.0.1:4321')).toBe(true);
    expect(isThirdParty('http://127.0.0.1:4321/_astro/a.js', 'http://127.0.0.1:4321')).toBe(false);
  });
  it('keeps data: and blob: URLs at home', () => {
    expect(isThirdParty('data:image/svg+xml,<svg/>', 'http://127.0.0.1:4321')).toBe(false);
    expect(isThirdParty('blob:http://127.0.0.1:4321/uuid', 'http://127.0.0.1:4321')).toBe(false);
  });
});
