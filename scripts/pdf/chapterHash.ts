// The content hash that decides whether a PDF must be printed again: the page's HTML (less its
// download links, to its PDF and to the e-book, which print hides), every local asset it pulls in (stylesheets, scripts,
// fonts, images, and what stylesheets pull in), the job's metadata and the renderer's options.
// Links to other pages do not count, so one chapter's change does not reprint the others.
// Reads files only through the function it is given, so tests can hand it a fake site.
import { createHash } from 'node:crypto';
import { posix } from 'node:path';

const ASSET = /\.(css|js|mjs|woff2?|ttf|otf|svg|png|jpe?g|webp|avif|gif)$/i;
const DOWNLOAD_LINK = /<p class="pdf-download">[\s\S]*?<\/p>|<!--pdf:[a-z0-9-]+-->|<!--epub-->(?:[\s\S]*?<!--\/epub-->)?/g;

/** Local asset paths (relative to the base) that a page or stylesheet refers to. */
export function assetReferences(text: string, fromPath: string, base: string): string[] {
  const found = new Set<string>();
  const attributes = text.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"#?]+)/g);
  const urls = text.matchAll(/url\(\s*["']?([^"')#?]+)/g);
  for (const match of [...attributes, ...urls]) {
    const reference = match[1] as string;
    if (/^[a-z][a-z0-9+.-]*:/i.test(reference)) continue;
    const absolute = reference.startsWith('/') ? reference : posix.join(posix.dirname(`${base}${fromPath}`), reference);
    if (!absolute.startsWith(base) || !ASSET.test(absolute)) continue;
    found.add(absolute.slice(base.length));
  }
  return [...found].sort();
}

export interface HashInputs {
  /** The HTML file of the page, relative to the site's root ("acts/the-split/index.html"). */
  htmlPath: string;
  base: string;
  /** Anything else that shapes the PDF: job metadata, paper format, print options, browser. */
  options: unknown;
  /** Returns a file's bytes, or undefined when it does not exist. */
  read: (path: string) => Buffer | undefined;
}

export function chapterHash({ htmlPath, base, options, read }: HashInputs): string {
  const hash = createHash('sha256');
  const html = read(htmlPath);
  if (!html) throw new Error(`${htmlPath}: not found, expected the built page the manifest lists`);
  hash.update(JSON.stringify(options)).update('\0').update(html.toString('utf8').replace(DOWNLOAD_LINK, '')).update('\0');
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path)) return;
    seen.add(path);
    const bytes = read(path);
    hash.update(path).update('\0').update(bytes ?? 'missing').update('\0');
    if (bytes && path.endsWith('.css')) assetReferences(bytes.toString('utf8'), path, base).forEach(visit);
  };
  assetReferences(html.toString('utf8'), htmlPath, base).forEach(visit);
  return hash.digest('hex').slice(0, 32);
}
