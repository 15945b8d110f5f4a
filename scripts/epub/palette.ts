// The figures' colours in the e-book, for light and night reading. Picked in lightness first:
// on an e-ink screen (greyscale) the realms' marks must still differ, so Alterna is dark, the
// converged fabric middling and the Glimmers light in the light theme (and the other way round
// at night), every mark keeping 3:1 against the page. tests/unit/scripts/epub/palette.test.ts
// computes both.

export interface Palette {
  paper: string;
  ink: string;
  inkSoft: string;
  rule: string;
  link: string;
  alterna: string;
  converged: string;
  glimmers: string;
  alternaTint: string;
  glimmersTint: string;
  /** The four protagonists, drawn together in the arcs chart. */
  characters: Record<'elias' | 'lyra' | 'ivy' | 'cyrus', string>;
}

export const LIGHT: Palette = {
  paper: '#ffffff',
  ink: '#1b1a1f',
  inkSoft: '#4a4853',
  rule: '#c9c5bc',
  link: '#0b4fb8',
  alterna: '#1a2370',
  converged: '#0d5a4d',
  glimmers: '#cf7424',
  alternaTint: '#e4e6f7',
  glimmersTint: '#fbeadc',
  characters: { cyrus: '#1d2b52', lyra: '#0a4f44', ivy: '#8e4cb8', elias: '#cf7424' },
};

export const DARK: Palette = {
  paper: '#121318',
  ink: '#ecebf1',
  inkSoft: '#b9b7c4',
  rule: '#3a3b45',
  link: '#9cc0ff',
  alterna: '#d0d5ff',
  converged: '#4fb8a0',
  glimmers: '#a85c1c',
  alternaTint: '#262a4a',
  glimmersTint: '#3a2414',
  characters: { cyrus: '#cfe2f7', ivy: '#d8a8f5', lyra: '#3aa088', elias: '#a85c1c' },
};

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

/** CIE L* (0-100): the lightness a greyscale screen keeps. */
export function lightness(hex: string): number {
  const y = luminance(hex);
  return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
