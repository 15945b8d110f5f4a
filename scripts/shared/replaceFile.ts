// Rewrites a built page in place for the steps that run side by side after the build (the PDFs'
// and the e-book's download links): the new text is written aside, then renamed over the file, so
// a step reading the page at the same moment sees the old page or the new one, never half of it.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';

/** Replaces `file` with `edit` of its text, whole. */
export function replaceFile(file: string, edit: (text: string) => string): void {
  const aside = `${file}.${process.pid}.tmp`;
  writeFileSync(aside, edit(readFileSync(file, 'utf8')));
  renameSync(aside, file);
}
