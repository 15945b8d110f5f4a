// A link checker over a built site on disk: every internal link, image, script, stylesheet,
// font and PDF reference resolves to a file, and every #fragment to an id on its page.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function filesUnder(dir: string, ending: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, ending) : entry.name.endsWith(ending) ? [path] : [];
  });
}

function references(html: string): string[] {
  const urls = [...html.matchAll(/\s(?:href|src|component-url|renderer-url)="([^"]+)"/g)].map((m) => m[1] as string);
  return urls.filter((url) => !/^(https?:|mailto:|data:)/.test(url));
}

/** Maps a URL path under `base` to the file a static host would serve for it. */
export function fileForUrl(dist: string, base: string, urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length));
  const candidate = join(dist, rest);
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

export function brokenLinks(dist: string, base: string): string[] {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string)));
    return ids.get(file) as Set<string>;
  };
  for (const file of filesUnder(dist, '.html')) {
    const pageUrl = new URL(`http://site${base}${relative(dist, file).replace(/index\.html$/, '')}`);
    for (const reference of references(readFileSync(file, 'utf8'))) {
      const url = new URL(reference, pageUrl);
      const target = reference.startsWith('#') ? file : fileForUrl(dist, base, url.pathname);
      if (!target) {
        problems.push(`${relative(dist, file)}: ${reference} does not resolve under ${base}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) problems.push(`${relative(dist, file)}: ${reference} has no #${fragment}`);
    }
  }
  for (const css of filesUnder(dist, '.css')) {
    for (const match of readFileSync(css, 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) {
      const reference = match[1] as string;
      if (reference.startsWith('data:')) continue;
      const url = new URL(reference, new URL(`http://site${base}${relative(dist, css)}`));
      if (!fileForUrl(dist, base, url.pathname)) problems.push(`${relative(dist, css)}: url(${reference}) does not resolve`);
    }
  }
  return problems;
}
