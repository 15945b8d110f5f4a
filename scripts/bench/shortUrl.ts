// Names a URL briefly for a report line: a file by its name (Base.CVP-GMdc.css), a page by its
// path (/acts/the-split/). Pure.

export function shortUrl(url: string): string {
  const path = url.replace(/^[a-z]+:\/\/[^/]*/i, '');
  if (path === '' || path.endsWith('/')) return path || '/';
  return path.split('/').pop() ?? path;
}
