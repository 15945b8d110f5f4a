// Pure: the SVG of a 1200x630 social card: the cover art full bleed, darkened on the left where
// the kicker, the title and the standfirst sit. Line breaks come from a measuring function the
// caller supplies (the renderer measures with the real fonts), so this module stays pure.
import type { CoverShapes } from '../../viz/cover/model.ts';
import { coverSvg, DARK } from '../../viz/cover/svg.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface CardText {
  /** Small capitals above the title ("Act 2 of 5"). */
  kicker: string;
  title: string;
  /** The standfirst or description; cut to five lines. */
  dek: string;
}

export interface TextStyle {
  family: string;
  weight: number;
  size: number;
}

/** Width in pixels of `text` set in `style`. */
export type Measure = (text: string, style: TextStyle) => number;

const TEXT_LEFT = 72;
const TEXT_WIDTH = 470;
/** Where the art begins: it shows its middle, the Seam, beside the text. */
const ART_LEFT = 480;
const SERIF = 'Source Serif 4 SemiBold';
const SANS = 'Inter';
const SANS_BOLD = 'Inter SemiBold';

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Greedy line breaking; past `maxLines` the last line ends in an ellipsis. */
export function wrap(text: string, style: TextStyle, width: number, maxLines: number, measure: Measure): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (const [i, word] of words.entries()) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || measure(candidate, style) <= width) {
      line = candidate;
      continue;
    }
    lines.push(line);
    line = word;
    if (lines.length === maxLines) {
      let last = lines.pop() as string;
      while (last.includes(' ') && measure(`${last}…`, style) > width) last = last.replace(/\s+\S+$/, '');
      lines.push(`${last.replace(/[\s,;:.]+$/, '')}…`);
      return lines;
    }
    if (i === words.length - 1) break;
  }
  if (line) lines.push(line);
  return lines;
}

const textLines = (lines: string[], x: number, y: number, leading: number, style: TextStyle, fill: string, extra = '') =>
  `<text x="${x}" y="${y}" font-family="${style.family}" font-weight="${style.weight}" font-size="${style.size}" fill="${fill}"${extra}>` +
  lines.map((line, i) => `<tspan x="${x}" dy="${i === 0 ? 0 : leading}">${escapeXml(line)}</tspan>`).join('') +
  '</text>';

export function cardSvg(art: CoverShapes, text: CardText, measure: Measure): string {
  let title: TextStyle = { family: SERIF, weight: 600, size: 76 };
  let titleLines = wrap(text.title, title, TEXT_WIDTH, 2, measure);
  if (titleLines.length > 1 || titleLines.some((l) => l.endsWith('…'))) {
    title = { ...title, size: 60 };
    titleLines = wrap(text.title, title, TEXT_WIDTH, 2, measure);
  }
  const dek: TextStyle = { family: SANS, weight: 400, size: 27 };
  const titleTop = 200;
  const titleLeading = Math.round(title.size * 1.08);
  const dekTop = titleTop + titleLeading * (titleLines.length - 1) + 72;
  const dekLines = wrap(text.dek, dek, TEXT_WIDTH, 5, measure);
  const kicker: TextStyle = { family: SANS_BOLD, weight: 600, size: 22 };
  // Capitals set with 2.5 px of tracking each, which the font's advances do not include.
  const kickerText = text.kicker.toUpperCase();
  const kickerLines = wrap(kickerText, kicker, TEXT_WIDTH + 40 - kickerText.length * 2.5, 1, measure);

  const artSvg = coverSvg(art, { paint: DARK }).replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">` +
    `<defs><linearGradient id="veil" x1="0" x2="1" y1="0" y2="0">` +
    `<stop offset="0" stop-color="${DARK.paper}" stop-opacity="1"/><stop offset="1" stop-color="${DARK.paper}" stop-opacity="0"/></linearGradient></defs>` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${DARK.paper}"/>` +
    `<svg x="${ART_LEFT}" width="${CARD_WIDTH - ART_LEFT}" height="${CARD_HEIGHT}" viewBox="0 0 ${art.width} ${art.height}" preserveAspectRatio="xMidYMid slice">${artSvg}</svg>` +
    `<rect x="${ART_LEFT}" width="220" height="${CARD_HEIGHT}" fill="url(#veil)"/>` +
    textLines(kickerLines, TEXT_LEFT, 112, 0, kicker, DARK.soft, ' letter-spacing="2.5"') +
    textLines(titleLines, TEXT_LEFT, titleTop, titleLeading, title, DARK.ink) +
    textLines(dekLines, TEXT_LEFT, dekTop, 37, dek, DARK.soft) +
    `<rect x="${TEXT_LEFT}" y="${CARD_HEIGHT - 62}" width="40" height="4" fill="${DARK.converged}"/>` +
    textLines(['The Neural Fabric'], TEXT_LEFT + 56, CARD_HEIGHT - 52, 0, kicker, DARK.ink) +
    '</svg>'
  );
}
