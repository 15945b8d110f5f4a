// Pure: the site's icon, a close-up of the last act's cover: its four measures of the divide as the
// weft and the four leads as the warp, woven over and under on a rounded tile. Drawn on a 64 grid
// with thick threads so it still reads at 16 pixels.
import type { CoverData } from './data.ts';
import type { Ink } from './model.ts';
import { DARK, LIGHT, type Palette } from './svg.ts';

export const ICON_SIZE = 64;

export function iconSvg(data: CoverData, paint: Palette | 'scheme'): string {
  const leads = data.leads.map((lead) => lead.colour as Ink).slice(0, 4);
  const lastRow = data.rows.at(-1)?.values ?? [];
  const step = ICON_SIZE / 5;
  const at = (i: number) => Math.round(step * (i + 1));
  const stroke = (ink: Ink) => (paint === 'scheme' ? `class="k-${ink}"` : `stroke="${paint[ink]}"`);
  const tile = paint === 'scheme' ? 'class="tile"' : `fill="${paint.paper}"`;
  const parts: string[] = [];
  // The weft: each measure's thread, still parted at the Seam by as much of the divide as remains.
  lastRow.forEach((value, i) => {
    const gap = Math.round((value / 100) * 12);
    const y = at(i);
    parts.push(`<path ${stroke('ink')} d="M6 ${y}H${32 - gap / 2}M${32 + gap / 2} ${y}H58"/>`);
  });
  // The warp: the four leads, over the weft on alternate crossings, a paper casing parting it there.
  leads.forEach((ink, j) => {
    const x = at(j);
    const over = lastRow.map((_, i) => i).filter((i) => (i + j) % 2 === 1);
    parts.push(`<path ${stroke('paper')} stroke-width="10" stroke-linecap="butt" d="${over.map((i) => `M${x} ${at(i) - 4}V${at(i) + 4}`).join('')}"/>`);
    const under = lastRow.map((_, i) => i).filter((i) => (i + j) % 2 === 0);
    let d = '';
    let top = 6;
    for (const i of under) {
      d += `M${x} ${top}V${at(i) - 6}`;
      top = at(i) + 6;
    }
    d += `M${x} ${top}V58`;
    parts.push(`<path ${stroke(ink)} d="${d}"/>`);
  });
  const style =
    paint === 'scheme'
      ? `<style>${rules(LIGHT)}@media (prefers-color-scheme:dark){${rules(DARK)}}</style>`
      : '';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${ICON_SIZE} ${ICON_SIZE}">${style}` +
    `<rect ${tile} width="${ICON_SIZE}" height="${ICON_SIZE}" rx="12"/>` +
    `<g fill="none" stroke-width="6" stroke-linecap="round">${parts.join('')}</g></svg>`
  );
}

const rules = (palette: Palette) =>
  Object.entries(palette).map(([ink, colour]) => `.k-${ink}{stroke:${colour}}`).join('') + `.tile{fill:${palette.paper}}`;
