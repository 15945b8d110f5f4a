// Frontmatter of one in-world record (content/documents/<id>.md): a memo, an order, a ledger
// page... The body is the record's own words in Markdown. Cross-file rules (the scene exists, the
// date falls within the scene's act) are checked in src/story/checkDocuments.ts.
import { z } from 'astro/zod';

/** The kinds of record; each has its own facsimile (src/components/evidence/Document.astro). */
export const DOCUMENT_KINDS = [
  'memo',
  'order',
  'warrant',
  'transcript',
  'broadcast-log',
  'ledger',
  'charter',
  'letter',
  'petition',
  'report',
  'notice',
] as const;

export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const documentSchema = z.strictObject({
  /** The record's title as filed ("Provisional Order 45-117: Unlicensed Affect"). */
  title: z.string().min(1).max(120),
  /** What sort of record it is; decides how the facsimile looks. */
  kind: z.enum(DOCUMENT_KINDS),
  /** The day the record was made, YYYY-MM-DD (YAML dates are accepted too). */
  date: z.union([z.iso.date(), z.date().transform((d) => d.toISOString().slice(0, 10))]),
  /** Scene id (content/data/scenes.json) the record belongs to; its date must fall within that scene's act. */
  scene: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a scene id such as "a2-control-order"'),
  /** Who holds it and where it comes from, as a caption credits a source. */
  source: z.string().min(1).max(200),
  /** Sender or author, where the record has one (memos, letters, orders). */
  from: z.string().min(1).max(120).optional(),
  /** Addressee, where the record has one. */
  to: z.string().min(1).max(120).optional(),
});

export type DocumentData = z.infer<typeof documentSchema>;
