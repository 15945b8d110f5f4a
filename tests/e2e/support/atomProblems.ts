// What RFC 4287 requires of an Atom feed, checked over feedsmith's parse (which rejects XML that
// is not well formed or not Atom at all, but is lenient about missing elements).
import { parseAtomFeed } from 'feedsmith';

/** RFC 4287 asks every feed and entry for an id, a title and an updated date; an entry without content needs an alternate link. */
export function atomProblems(xml: string): string[] {
  const feed = parseAtomFeed(xml);
  const problems: string[] = [];
  const date = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
  if (!feed.id || !feed.title || !date.test(String(feed.updated))) problems.push('feed: id, title or updated');
  if (!feed.authors?.length) problems.push('feed: author');
  for (const [i, entry] of (feed.entries ?? []).entries()) {
    if (!entry.id || !entry.title || !date.test(String(entry.updated))) problems.push(`entry ${i}: id, title or updated`);
    if (!entry.links?.some((link) => link.rel === 'alternate' && link.href)) problems.push(`entry ${i}: alternate link`);
  }
  return problems;
}
