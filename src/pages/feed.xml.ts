// The Atom feed of the chapters, linked from every page's head.
import type { APIRoute } from 'astro';
import { SITE_AUTHOR, SITE_DESCRIPTION, SITE_TITLE } from '../site/publication.ts';
import { withBase } from '../site/base.ts';
import { atomFeed } from '../publish/atomFeed.ts';
import { publicBook } from '../publish/chapters.ts';
import { PUBLISHED } from '../site/edition.ts';

export const GET: APIRoute = async ({ site }) => {
  const book = await publicBook(site);
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const xml = atomFeed(book, { title: SITE_TITLE, subtitle: SITE_DESCRIPTION, author: SITE_AUTHOR, self: absolute('/feed.xml'), icon: absolute('/icons/icon-192.png'), updated: PUBLISHED });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
