// The pages the benchmark measures: every <loc> of the built site's sitemap-0.xml, as paths
// relative to the site's base, so a new act or character is measured without touching the bench.
// Pure: knows nothing of files, servers or browsers.

/** Paths relative to `base` ('' for the home page, 'acts/the-split/' for a chapter), in sitemap order. */
export function pagesFromSitemap(xml: string, base: string): string[] {
  const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] as string);
  if (locs.length === 0) throw new Error(`sitemap-0.xml: got no <loc> entries, expected one per page of the built site`);
  return locs.map((loc) => {
    const path = new URL(loc).pathname;
    if (!path.startsWith(base)) throw new Error(`sitemap-0.xml: got "${loc}", expected a URL under the base path "${base}"`);
    return path.slice(base.length);
  });
}

/** A chapter is /acts/<slug>/: the only pages allowed to ship JavaScript. */
export function isChapter(path: string): boolean {
  return /^acts\/[^/]+\/$/.test(path);
}

/** How a page is named in the table: its path from the base, with the home page as '/'. */
export function pageLabel(path: string): string {
  return `/${path}`;
}
