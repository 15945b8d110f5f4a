// Every page of the built site, derived from the content folders so a new act or character is
// tested without touching the tests.
import { readdirSync } from 'node:fs';

const slug = (file: string) => file.replace(/\.(mdx|md)$/, '');

export const actPaths = readdirSync('content/acts')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((f) => `acts/${slug(f).replace(/^\d+-/, '')}/`);

export const characterPaths = readdirSync('content/characters')
  .filter((f) => f.endsWith('.md'))
  .map((f) => `characters/${slug(f)}/`);

/** Paths relative to the site's base, which the Playwright baseURL carries. */
export const textPages = ['', 'about/', 'characters/', 'world/', 'book/', 'archive/', 'glossary/', ...characterPaths];
export const allPages = [...textPages, ...actPaths];
