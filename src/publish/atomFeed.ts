// Pure: an Atom 1.0 feed (RFC 4287) of the chapters: title, standfirst, date, link and cover.

import type { PublicBook } from './chapters.ts';

export interface FeedFacts {
  title: string;
  subtitle: string;
  author: string;
  /** Absolute address of the feed itself. */
  self: string;
  icon: string;
  /** ISO date (YYYY-MM-DD) of the edition. */
  updated: string;
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const stamp = (date: string) => `${date}T00:00:00Z`;

export function atomFeed(book: PublicBook, facts: FeedFacts): string {
  const entries = book.chapters.map(
    (chapter) => `  <entry>
    <id>${escape(chapter.url)}</id>
    <title>Act ${chapter.position}: ${escape(chapter.title)}</title>
    <link rel="alternate" type="text/html" href="${escape(chapter.url)}"/>
    <link rel="enclosure" type="application/pdf" href="${escape(chapter.pdf)}"/>
    <published>${stamp(facts.updated)}</published>
    <updated>${stamp(facts.updated)}</updated>
    <summary>${escape(chapter.dek)}</summary>
    <content type="html">${escape(`<p><img src="${chapter.card}" width="1200" height="630" alt=""></p><p>${escape(chapter.summary)}</p>`)}</content>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <id>${escape(book.url)}</id>
  <title>${escape(facts.title)}</title>
  <subtitle>${escape(facts.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escape(facts.self)}"/>
  <link rel="alternate" type="text/html" href="${escape(book.url)}"/>
  <author><name>${escape(facts.author)}</name></author>
  <icon>${escape(facts.icon)}</icon>
  <logo>${escape(book.card)}</logo>
  <updated>${stamp(facts.updated)}</updated>
${entries.join('\n')}
</feed>
`;
}
