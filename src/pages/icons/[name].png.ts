// PNG fallbacks of the site's icon (browsers without SVG icons, home screens, the manifest), on
// the dark tile, which holds on light and dark backgrounds alike.
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderAsync } from '@resvg/resvg-js';
import { getActs } from '../../story/getActs.ts';
import { ICONS, type IconFile } from '../../site/icons.ts';
import { actCover } from '../../viz/cover/cover.ts';
import { iconSvg } from '../../viz/cover/icon.ts';
import { DARK } from '../../viz/cover/svg.ts';

export const getStaticPaths = (() => ICONS.map((icon) => ({ params: { name: icon.name }, props: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ icon: IconFile }> = async ({ props: { icon } }) => {
  const last = (await getActs()).length;
  const svg = iconSvg(actCover(last).data, DARK);
  const png = (await renderAsync(svg, { fitTo: { mode: 'width', value: icon.size }, font: { loadSystemFonts: false } })).asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
