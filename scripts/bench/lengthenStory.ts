// A synthetic story N times as long, for measuring how the build scales: each act's body
// repeated N times in the same chapter, every copy's scene headings and scroll-section titles
// marked "(copy k)" so section titles stay unique. Acts keep their numbers (the schema allows
// five) and steps keep their scene ids (new scenes would need new timeline data), so step
// anchors repeat in the copy: fine for timing a build, not a site to publish. A record is quoted
// once in the whole story (the build rejects a second <Document> of the same id), so the copies
// leave their <Document> lines out. Pure.

export function lengthenChapter(mdx: string, times: number): string {
  const match = /^(---\n[\s\S]*?\n---\n)([\s\S]*)$/.exec(mdx);
  if (!match) throw new Error('lengthenChapter: got a chapter without frontmatter, expected --- fences at the top');
  const [, frontmatter, body] = match as unknown as [string, string, string];
  const copies = Array.from({ length: times }, (_, i) =>
    i === 0
      ? body
      : body
          .replace(/^(##\s+.*?)\s*$/gm, `$1 (copy ${i + 1})`)
          .replace(/(<ScrollSection\b[^>]*\btitle=")([^"]*)"/g, `$1$2 (copy ${i + 1})"`)
          .replace(/^<Document\b[^>]*\/>[ \t]*\n?/gm, ''),
  );
  return `${frontmatter}${copies.join('\n\n')}`;
}
