// Pure: turns a cover's layers into SVG markup. Inline on a page each layer carries a class and
// the page's colour tokens paint it (so it follows light and dark); a standalone file or a card
// gets real colours, from a palette or from a <style> that switches with the colour scheme.
import type { CoverShapes, Ink } from './model.ts';

export type Palette = Record<Ink, string>;

/** Mirrors src/styles/tokens.css, for renderers that cannot read CSS custom properties (resvg). */
export const LIGHT: Palette = {
  alterna: '#4a55c9', glimmers: '#b04b0c', converged: '#0b7463', ink: '#1b1a1f', soft: '#4a4853', paper: '#fbf9f5',
  elias: '#b04b0c', lyra: '#0b7463', ivy: '#8a3fb0', cyrus: '#2d5f8f',
};
export const DARK: Palette = {
  alterna: '#9ea8ff', glimmers: '#f29a55', converged: '#4fd1b5', ink: '#ecebf1', soft: '#b9b7c4', paper: '#121318',
  elias: '#f29a55', lyra: '#4fd1b5', ivy: '#d39bf2', cyrus: '#8fc1f0',
};

export interface SvgOptions {
  /** 'classes': `class="k-<ink>"`, painted by the page's CSS; or a palette of real colours. */
  paint: 'classes' | Palette;
  /** Attributes for the root element (class, aria-hidden, width...). */
  attributes?: string;
  /** A background rectangle colour; none leaves the page's paper showing. */
  background?: string;
  /** Markup placed first inside the root (a <style>). */
  head?: string;
}

export function coverSvg(shapes: CoverShapes, options: SvgOptions): string {
  const paths = shapes.layers.map((layer) => {
    const paint = options.paint === 'classes' ? `class="k-${layer.ink}"` : `stroke="${options.paint[layer.ink]}"`;
    const opacity = layer.opacity === 1 ? '' : ` opacity="${layer.opacity}"`;
    return `<path ${paint} stroke-width="${layer.width}"${opacity} d="${layer.d}"/>`;
  });
  const background = options.background ? `<rect width="${shapes.width}" height="${shapes.height}" fill="${options.background}"/>` : '';
  const attributes = options.attributes ? ` ${options.attributes}` : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${shapes.width} ${shapes.height}"${attributes}>` +
    `${options.head ?? ''}${background}<g fill="none" stroke-linecap="round">${paths.join('')}</g></svg>`
  );
}

/** A <style> for a standalone file: the light palette, the dark one when the reader's scheme is dark. */
export function schemeStyle(): string {
  const rules = (palette: Palette) => Object.entries(palette).map(([ink, colour]) => `.k-${ink}{stroke:${colour}}`).join('');
  return `<style>${rules(LIGHT)}@media (prefers-color-scheme:dark){${rules(DARK)}}</style>`;
}
