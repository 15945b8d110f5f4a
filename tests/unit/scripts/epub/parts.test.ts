import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { uuidV5 } from '../../../../scripts/epub/uuidV5.ts';
import { packContainer, MIMETYPE } from '../../../../scripts/epub/container.ts';
import { xmlText } from '../../../../scripts/epub/xhtml.ts';
import { stylesheet } from '../../../../scripts/epub/stylesheet.ts';
import { downloadLink } from '../../../../scripts/epub/templates.ts';
import { formatBytes } from '../../../../scripts/shared/formatBytes.ts';

describe('uuidV5', () => {
  it('gives the RFC\'s name-based UUIDs (checked against Python\'s uuid.uuid5)', () => {
    expect(uuidV5('python.org', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('886313e1-3b8a-5372-9b90-0c9aee199e5d');
    expect(uuidV5('https://neural-fabric.example/')).toBe('506bf2b1-c421-5dd6-842d-61fdf73216fc');
  });
  it('refuses a namespace that is not a UUID', () => {
    expect(() => uuidV5('x', 'nope')).toThrow('uuidV5: namespace: expected a UUID, got "nope"');
  });
});

describe('packContainer', () => {
  const zip = packContainer(new Map([['META-INF/container.xml', '<container/>'], ['OEBPS/a.xhtml', 'x'.repeat(500)]]), new Date('2026-12-01T12:00:00Z'));
  it('puts the mimetype first, stored uncompressed, with no extra field', () => {
    const view = new DataView(zip.buffer, zip.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(new TextDecoder().decode(zip.subarray(30, 38))).toBe('mimetype');
    expect(new TextDecoder().decode(zip.subarray(38, 38 + MIMETYPE.length))).toBe(MIMETYPE);
  });
  it('opens again with every file intact', () => {
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['mimetype', 'META-INF/container.xml', 'OEBPS/a.xhtml']);
    expect(new TextDecoder().decode(files['OEBPS/a.xhtml'])).toBe('x'.repeat(500));
  });
});

describe('xmlText', () => {
  it('refuses a tree that does not serialise to well-formed XML, naming the file', () => {
    const bad = { type: 'root', children: [{ type: 'element', name: 'p', attributes: { 'a b': '1' }, children: [] }] } as const;
    expect(() => xmlText(bad as never, 'act-9.xhtml')).toThrow(/^act-9.xhtml: got markup that is not well-formed XML \(.*\), expected XHTML$/);
  });
});

describe('stylesheet', () => {
  const css = stylesheet([{ family: 'Inter', weight: 400, style: 'normal', src: '../fonts/inter.woff2' }]);
  it("leaves the reader's font and size choices alone: no !important, no fixed page colour", () => {
    expect(css).not.toContain('!important');
    expect(css).not.toMatch(/body\s*\{[^}]*(background|color|font-size)\s*:/);
    expect(css).toContain("src: url('../fonts/inter.woff2') format('woff2');");
  });
  it('gives night reading its own mark colours', () => {
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{[\s\S]*\.alterna \{ stroke: #d0d5ff; \}/);
  });
});

describe('downloadLink', () => {
  it('says it is an EPUB and how big it is', () => {
    expect(downloadLink('/ebook/b.epub', 1_250_000, formatBytes)).toBe(
      '<p class="ebook-download"><a href="/ebook/b.epub" download>Download the e-book (EPUB, 1.2 MB)</a> <span class="meta">for e-readers and reading apps: all five acts with every figure</span></p>',
    );
  });
});
