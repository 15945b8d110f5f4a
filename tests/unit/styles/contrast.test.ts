// The colour tokens keep their promise in both themes: text at least 4.5:1 and marks at least
// 3:1 against the page, and the character colours stay readable on the realm tints the arcs
// chart draws under them. Read from src/styles/tokens.css itself.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';

const css = readFileSync('src/styles/tokens.css', 'utf8');
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/(--[\w-]+):\s*(#[0-9a-f]{6});/gi)].map((m) => [m[1] as string, m[2] as string]));
}

const light = tokens(css.slice(0, darkStart));
const dark = { ...light, ...tokens(css.slice(darkStart)) };

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const TEXT = ['--ink', '--ink-soft', '--link', '--alterna', '--glimmers', '--converged', '--c-elias', '--c-lyra', '--c-ivy', '--c-cyrus', '--c-collaborative', '--c-directorate', '--c-streams'];
const CHARACTERS = ['--c-elias', '--c-lyra', '--c-ivy', '--c-cyrus'];

describe.each([
  ['light', light],
  ['dark', dark],
])('the %s theme', (_, theme) => {
  it('defines every token it is checked for', () => {
    for (const token of [...TEXT, '--paper', '--paper-raised', '--alterna-tint', '--glimmers-tint', '--focus']) expect(theme[token], token).toMatch(/^#/);
  });
  it.each(TEXT)('%s reads at 4.5:1 or more on the page and on cards', (token) => {
    expect(contrast(theme[token] as string, theme['--paper'] as string)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme[token] as string, theme['--paper-raised'] as string)).toBeGreaterThanOrEqual(4.5);
  });
  it('draws character marks at 3:1 or more on both realm tints', () => {
    for (const token of CHARACTERS) {
      for (const tint of ['--alterna-tint', '--glimmers-tint']) expect(contrast(theme[token] as string, theme[tint] as string), `${token} on ${tint}`).toBeGreaterThanOrEqual(3);
    }
  });
  it('sets record facsimiles in ink and stamps that read at 4.5:1 on their sheet, and links on it too', () => {
    for (const token of ['--doc-ink', '--doc-stamp', '--link', '--ink-soft']) {
      expect(contrast(theme[token] as string, theme['--doc-paper'] as string), token).toBeGreaterThanOrEqual(4.5);
    }
  });
  it('shows the focus ring at 3:1 or more', () => {
    expect(contrast(theme['--focus'] as string, theme['--paper'] as string)).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('measures black on white as 21:1 and a colour against itself as 1:1', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#4a55c9', '#4a55c9')).toBe(1);
  });
});
