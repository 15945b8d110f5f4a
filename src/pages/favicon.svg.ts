// The site's icon as SVG: the woven close-up of the last act's cover, light or dark with the
// reader's colour scheme.
import type { APIRoute } from 'astro';
import { getActs } from '../story/getActs.ts';
import { actCover } from '../viz/cover/cover.ts';
import { iconSvg } from '../viz/cover/icon.ts';

export const GET: APIRoute = async () => {
  const last = (await getActs()).length;
  return new Response(iconSvg(actCover(last).data, 'scheme'), { headers: { 'Content-Type': 'image/svg+xml' } });
};
