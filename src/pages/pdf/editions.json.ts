// The PDF renderer's job list (see src/site/pdfManifest.ts), written with the site. Public but
// harmless: it names only pages and PDFs the site already links to.
import type { APIRoute } from 'astro';
import { getActs } from '../../story/getActs.ts';
import { SITE_TITLE } from '../../site/publication.ts';
import { pdfManifest } from '../../site/pdfManifest.ts';

export const GET: APIRoute = async () => {
  const acts = await getActs();
  const chapters = acts.map(({ entry, slug }) => ({ act: entry.data.act, slug, title: entry.data.title, summary: entry.data.summary }));
  return new Response(`${JSON.stringify(pdfManifest(SITE_TITLE, chapters), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
