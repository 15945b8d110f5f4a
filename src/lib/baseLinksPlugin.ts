// Markdown plugin: prefixes root-relative links and images written in Markdown/MDX ("/about/")
// with the site's base path, so authors write links as if the site lived at the domain root.
import { defineMdastPlugin } from 'satteri';
import { withBase } from './withBase.ts';

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
