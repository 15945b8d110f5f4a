// Builds the e-book from the built site: dist/ebook/the-neural-fabric.epub, then puts a download
// link with its size where the home page, the about page and each chapter carry the e-book slot.
// Runs after `astro build`; a chapter that cannot become XHTML stops it with the chapter and the
// element named.
// Usage: node scripts/epub/cli.ts [--out dist] [--no-link]
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { assembleBook, type FontFile } from './assemble.ts';
import { packContainer } from './container.ts';
import { linkEbook } from './linkPages.ts';
import { uuidV5 } from './uuidV5.ts';
import { formatBytes } from '../shared/formatBytes.ts';
import { EBOOK_PATH } from '../../src/site/ebookSlot.ts';
import { normaliseBase } from '../../src/site/base.ts';
import { SITE_AUTHOR, SITE_DESCRIPTION, SITE_TITLE } from '../../src/site/publication.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, link: { type: 'boolean', default: true } }, allowNegative: true });
const dist = values.out;
const started = performance.now();
const base = normaliseBase(process.env['BASE_PATH']);
const read = (path: string) => (existsSync(`${dist}/${path}`) ? readFileSync(`${dist}/${path}`, 'utf8') : undefined);

// The site's address as the built pages state it (canonical link of the home page).
const home = read('index.html') ?? '';
const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1];
if (!siteUrl) throw new Error(`${dist}/index.html: canonical link: got none, expected the site's address (run astro build first)`);

// SOURCE_DATE_EPOCH pins the date for reproducible builds; otherwise the book is as new as the build.
const epoch = process.env['SOURCE_DATE_EPOCH'];
const modified = new Date(epoch ? Number(epoch) * 1000 : Math.floor(Date.now() / 1000) * 1000);

const fontDir = (pkg: string) => `node_modules/@fontsource/${pkg}/files`;
const font = (pkg: string, family: string, weight: number, style: 'normal' | 'italic'): FontFile => {
  const file = `${pkg}-latin-${weight}-${style}.woff2`;
  return { family, weight, style, src: `fonts/${file}`, data: readFileSync(`${fontDir(pkg)}/${file}`) };
};
const fonts = [
  font('source-serif-4', 'Source Serif 4', 400, 'normal'),
  font('source-serif-4', 'Source Serif 4', 400, 'italic'),
  font('source-serif-4', 'Source Serif 4', 600, 'normal'),
  font('inter', 'Inter', 400, 'normal'),
  font('inter', 'Inter', 600, 'normal'),
  font('inter', 'Inter', 700, 'normal'),
];

const facts = {
  title: SITE_TITLE,
  creator: SITE_AUTHOR,
  language: 'en',
  identifier: `urn:uuid:${uuidV5(siteUrl)}`,
  modified: modified.toISOString().replace(/\.\d{3}Z$/, 'Z'),
  description: SITE_DESCRIPTION,
  subjects: ['Fiction', 'Science fiction', 'Interactive documentary'],
  siteUrl,
};

const book = assembleBook({ facts, base, read, fonts });
const epub = packContainer(book.files, modified);
mkdirSync(`${dist}/ebook`, { recursive: true });
writeFileSync(`${dist}/${EBOOK_PATH}`, epub);

// --no-link leaves the pages alone: the editions step links the book once the PDFs are done too.
const linked = values.link ? linkEbook(dist, base) : 0;

console.log(
  `[epub] ${EBOOK_PATH}: ${formatBytes(epub.length)}, ${book.documents.length} documents, ${book.figures} figures, ${linked ? `linked from ${linked} pages` : 'not linked yet'}, in ${((performance.now() - started) / 1000).toFixed(1)} s (${(process.cpuUsage().user / 1e6).toFixed(1)} s CPU)`,
);
