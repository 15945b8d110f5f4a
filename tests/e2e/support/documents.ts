// The records in content/documents/, read from their frontmatter, so the evidence tests follow
// the content rather than naming any one record.
import { readdirSync, readFileSync } from 'node:fs';

export interface DocumentFile {
  id: string;
  title: string;
  kind: string;
  date: string;
}

function field(text: string, name: string): string {
  const value = new RegExp(`^${name}:\\s*(.+)$`, 'm').exec(text)?.[1]?.replace(/\s+#.*$/, '').trim() ?? '';
  return value.replace(/^"(.*)"$/, '$1').replace(/^'(.*)'$/, '$1');
}

export const documentFiles: DocumentFile[] = readdirSync('content/documents')
  .filter((f) => f.endsWith('.md'))
  .map((f) => {
    const text = readFileSync(`content/documents/${f}`, 'utf8').split(/^---$/m)[1] ?? '';
    return { id: f.replace(/\.md$/, ''), title: field(text, 'title'), kind: field(text, 'kind'), date: field(text, 'date') };
  });
