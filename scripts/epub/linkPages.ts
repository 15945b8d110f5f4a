// Puts the e-book's download link, with its size, where the home page, the about page and each
// chapter carry the e-book slot. A page linked before carries the old link up to the end marker,
// which is replaced too. Each page is replaced whole (replaceFile), so a reader of dist/ working at
// the same time (the PDF step) never sees half a page.
import { readdirSync, statSync } from 'node:fs';
import { replaceFile } from '../shared/replaceFile.ts';
import { formatBytes } from '../shared/formatBytes.ts';
import { downloadLink } from './templates.ts';
import { EBOOK_PATH, ebookSlot, ebookSlotEnd } from '../../src/site/ebookSlot.ts';

/** The page with its e-book slot holding `link`; throws, naming the page, when it has no slot. */
export function withEbookLink(html: string, link: string, page: string): string {
  const start = html.indexOf(ebookSlot());
  if (start < 0) throw new Error(`${page}: got no e-book slot ${ebookSlot()}, expected one where the download link goes`);
  const end = html.indexOf(ebookSlotEnd(), start);
  const after = end < 0 ? start + ebookSlot().length : end + ebookSlotEnd().length;
  return `${html.slice(0, start)}${ebookSlot()}${link}${ebookSlotEnd()}${html.slice(after)}`;
}

/** Links the e-book already written to dist/ from the pages that carry its slot; returns how many. */
export function linkEbook(dist: string, base: string): number {
  const link = downloadLink(`${base}${EBOOK_PATH}`, statSync(`${dist}/${EBOOK_PATH}`).size, formatBytes);
  const pages = ['index.html', 'about/index.html', ...readdirSync(`${dist}/acts`).map((slug) => `acts/${slug}/index.html`)];
  for (const page of pages) replaceFile(`${dist}/${page}`, (html) => withEbookLink(html, link, `${dist}/${page}`));
  return pages.length;
}
