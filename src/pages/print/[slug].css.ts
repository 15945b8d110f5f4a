// One print stylesheet per chapter (and one for the book): running title and page numbers in the
// page margins.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getActs } from '../../story/getActs.ts';
import { pageMarginCss } from '../../site/print.ts';
import { SITE_TITLE } from '../../site/publication.ts';

export const getStaticPaths = (async () => {
  const acts = await getActs();
  const chapters = acts.map((act) => ({
    params: { slug: act.slug },
    props: { running: `${SITE_TITLE} · Act ${act.entry.data.act}: ${act.entry.data.title}` },
  }));
  return [...chapters, { params: { slug: 'book' }, props: { running: SITE_TITLE } }];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(pageMarginCss((props as { running: string }).running), { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
