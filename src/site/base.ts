// The site's base path, one concept in one place: normalising the BASE_PATH a publisher gives,
// building internal URLs under it, and the Markdown plugin that prefixes authors' root-relative
// links. Knows nothing of pages or content.
import { defineMdastPlugin } from 'satteri';

/** An internal URL under the base path: works at a domain root and under a sub-path alike. */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^[a-z][a-z0-9+.-]*:|^\/\/|^#/i.test(path)) return path;
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = path.replace(/^\/+/, '');
  return `${root}${rest}`;
}

/** BASE_PATH ("stories/x", "/stories/x/", "") as Astro and withBase expect it: slashes both ends, "/" at the root. */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (/[?#\s]/.test(trimmed)) {
    throw new Error(`BASE_PATH: got "${raw}", expected a URL path such as /stories/neural-fabric/`);
  }
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** Root-relative links and images written in Markdown/MDX ("/about/") get the base path, so authors
 * write links as if the site lived at the domain root. */
export function prefixRootUrl(url: string, base: string): string {
  const rootRelative = url.startsWith('/') && !url.startsWith('//');
  if (!rootRelative || base === '/' || url === base.slice(0, -1) || url.startsWith(base)) return url;
  return withBase(url, base);
}

export function baseLinksPlugin(base: string) {
  return defineMdastPlugin({
    name: 'base-links',
    link(node, context) {
      context.setProperty(node, 'url', prefixRootUrl(node.url, base));
    },
    image(node, context) {
      context.setProperty(node, 'url', prefixRootUrl(node.url, base));
    },
  });
}
