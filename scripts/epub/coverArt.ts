// The act art for the e-book's cover: the site's generated cover of an act (dist/covers/<slug>.svg,
// 1200 x 630), as an SVG element to nest in the book cover. The site's file colours itself with a
// <style> of light colours and a prefers-color-scheme: dark override; the book cover is always
// dark, so only the dark colours are kept (a cover has no theme to follow on a shelf).
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { Element } from 'hast';
import type { ReadPage } from './siteSource.ts';

export function coverArt(read: ReadPage, slug: string): Element | undefined {
  const path = `covers/${slug}.svg`;
  const text = read(path);
  if (text === undefined) return undefined;
  if (text.includes('var(')) throw new Error(`dist/${path}: got a CSS custom property (var(…)), expected an image that colours itself`);
  const svg = select('svg', fromHtml(text, { fragment: true, space: 'svg' }));
  if (!svg) throw new Error(`dist/${path}: got no <svg>, expected the act's cover art`);
  const style = select('style', svg);
  const css = style?.children[0]?.type === 'text' ? style.children[0].value : '';
  const dark = /@media\s*\(prefers-color-scheme:\s*dark\)\s*\{(.*)\}\s*$/s.exec(css)?.[1];
  if (style && !dark) throw new Error(`dist/${path}: <style>: got no prefers-color-scheme: dark colours, expected them for the dark book cover`);
  if (style) style.children = [{ type: 'text', value: dark! }];
  return svg;
}
