// Build-time: rasterises a card to PNG with resvg (no browser), setting type in the project's own
// fonts only, and measures text with the same engine so line breaks match what is drawn.
import { renderAsync } from '@resvg/resvg-js';
import type { CoverShapes } from '../../viz/cover/model.ts';
import { readFileSync } from 'node:fs';
import { advanceWidth } from './advanceWidth.ts';
import { cardSvg, type CardText, type Measure } from './card.ts';
import { CARD_FONTS, cardFontFiles } from './fonts.ts';

const fontOptions = () => ({ font: { loadSystemFonts: false, fontFiles: cardFontFiles(), defaultFontFamily: 'Inter' } });

let measures: Map<string, (text: string, size: number) => number> | undefined;
export const measureText: Measure = (text, style) => {
  measures ??= new Map(CARD_FONTS.map(([, family], i) => [family, advanceWidth(readFileSync(cardFontFiles()[i] as string))]));
  const measure = measures.get(style.family);
  if (!measure) throw new Error(`cards: font-family: got "${style.family}", expected one of ${[...measures.keys()].join(', ')}`);
  return measure(text, style.size);
};

/** Rasterised off the main thread (resvg's own worker pool), so the build renders the next page
 *  meanwhile; Astro builds pages side by side (build.concurrency in astro.config.mjs). */
export async function renderCard(art: CoverShapes, text: CardText): Promise<Buffer> {
  return (await renderAsync(cardSvg(art, text, measureText), fontOptions())).asPng();
}
