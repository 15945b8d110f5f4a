// One 1200x630 PNG per page, for the previews social networks and chats show: the page's cover
// art, kicker, title and standfirst, rasterised at build time without a browser.
import type { APIRoute, GetStaticPaths } from 'astro';
import { cardPages, type CardPage } from '../../publish/cards/pages.ts';
import { renderCard } from '../../publish/cards/render.ts';
import { actCover } from '../../viz/cover/cover.ts';

export const getStaticPaths = (async () => (await cardPages()).map((page) => ({ params: { slug: page.slug }, props: { page } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: CardPage }> = async ({ props: { page } }) => {
  const png = await renderCard(actCover(page.act).shapes, page.text);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
