// Builds an internal URL under the site's base path, so every link works both at a domain root
// and under a sub-path. Knows nothing of pages or content.

export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}
