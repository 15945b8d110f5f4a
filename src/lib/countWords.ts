// Counts the words a reader reads in an MDX or Markdown body: frontmatter, component tags,
// Markdown syntax and URLs are not words.

export function countWords(body: string): number {
  const text = body
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`~[\]|]/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}
