// Reads the manifest the build wrote (pdf/editions.json) and checks every field the renderer
// relies on, so a stale or hand-edited file stops the run with "file: field: expected X, got Y"
// rather than printing the wrong page or writing outside dist/pdf/. Pure: takes the text.
import type { PdfChapterEdition, PdfEdition, PdfManifest } from '../../src/site/pdfManifest.ts';

const PAGE = /^(?:[a-z0-9][a-z0-9-]*\/)+$/;
const FILE_NAME = /^[a-z0-9][a-z0-9-]*$/;

export function readManifest(text: string, file: string): PdfManifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: got text that is not valid JSON (${(error as Error).message}), expected the manifest the build writes; run the build again`);
  }
  const fail = (field: string, expected: string, got: unknown): never => {
    throw new Error(`${file}: ${field}: expected ${expected}, got ${JSON.stringify(got) ?? 'nothing'}`);
  };
  const record = (value: unknown, field: string) => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : fail(field, 'an object', value));
  const text_ = (value: Record<string, unknown>, key: string, field: string) => (typeof value[key] === 'string' && value[key] !== '' ? (value[key] as string) : fail(`${field}.${key}`, 'a non-empty string', value[key]));
  const edition = (value: unknown, field: string): PdfEdition => {
    const entry = record(value, field);
    const page = text_(entry, 'page', field);
    if (!PAGE.test(page)) fail(`${field}.page`, 'a page path relative to the base, such as "acts/the-split/"', page);
    const pdf = text_(entry, 'pdf', field);
    if (!FILE_NAME.test(pdf)) fail(`${field}.pdf`, 'a file name of lower-case letters, digits and hyphens', pdf);
    return { slot: text_(entry, 'slot', field), page, pdf, title: text_(entry, 'title', field), subject: text_(entry, 'subject', field), label: text_(entry, 'label', field) };
  };
  const root = record(data, '(root)');
  const site = text_(root, 'site', '(root)').trim();
  if (!Array.isArray(root['chapters']) || root['chapters'].length === 0) fail('chapters', 'a list of at least one chapter', root['chapters']);
  const chapters = (root['chapters'] as unknown[]).map((value, i): PdfChapterEdition => {
    const field = `chapters[${i}]`;
    const entry = record(value, field);
    if (!Number.isInteger(entry['act']) || (entry['act'] as number) < 1) fail(`${field}.act`, 'a whole number from 1', entry['act']);
    return { ...edition(entry, field), act: entry['act'] as number, slug: text_(entry, 'slug', field), chapterTitle: text_(entry, 'chapterTitle', field) };
  });
  return { site, chapters, book: edition(root['book'], 'book') };
}
