// Each act's cover as a standalone SVG file, for <img> where inline markup would cost too much
// (the contents, the book edition): its own <style> follows the reader's colour scheme.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActs } from '../../story/getActs.ts';
import { actCover } from '../../viz/cover/cover.ts';
import { coverSvg, schemeStyle } from '../../viz/cover/svg.ts';

export const getStaticPaths = (async () => {
  const acts = await getActs();
  return acts.map((act) => ({ params: { slug: act.slug }, props: { act: act.entry.data.act } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ act: number }> = ({ props }) => {
  const { shapes } = actCover(props.act);
  const svg = coverSvg(shapes, { paint: 'classes', head: schemeStyle(), attributes: `width="${shapes.width}" height="${shapes.height}"` });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
