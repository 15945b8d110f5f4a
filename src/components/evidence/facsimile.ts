// How each kind of record looks as a facsimile: the word printed at its head, which header block
// it carries, and whether it is typed (monospace) or set. The Document component reads this; the
// kinds themselves are defined by the schema (src/schemas/document.ts).
import type { DocumentKind } from '../../schemas/document.ts';

/**
 * memo: a TO / FROM / DATE / RE block; seal: an issuing body's seal and a file reference;
 * log: a station header above a time-stamped table; letter: date, then the body, then a
 * signature; charter: a centred title between rules; plain: the title over the text.
 */
export type FacsimileHeader = 'memo' | 'seal' | 'log' | 'letter' | 'charter' | 'plain';

export interface Facsimile {
  /** The kind as a reader names it ("Broadcast log"). */
  label: string;
  /** The word at the head of the sheet ("MEMORANDUM"); empty for kinds that carry none. */
  masthead: string;
  header: FacsimileHeader;
  /** Typed records (memos, transcripts, logs, ledgers) use the monospace face. */
  typed: boolean;
}

export const FACSIMILES: Record<DocumentKind, Facsimile> = {
  memo: { label: 'Memo', masthead: 'Memorandum', header: 'memo', typed: true },
  order: { label: 'Order', masthead: 'Order', header: 'seal', typed: false },
  warrant: { label: 'Warrant', masthead: 'Warrant', header: 'seal', typed: false },
  transcript: { label: 'Transcript', masthead: 'Transcript', header: 'plain', typed: true },
  'broadcast-log': { label: 'Broadcast log', masthead: 'Broadcast log', header: 'log', typed: true },
  ledger: { label: 'Ledger page', masthead: 'Ledger', header: 'log', typed: true },
  charter: { label: 'Charter', masthead: '', header: 'charter', typed: false },
  letter: { label: 'Letter', masthead: '', header: 'letter', typed: false },
  petition: { label: 'Petition', masthead: 'Petition', header: 'memo', typed: false },
  report: { label: 'Report', masthead: 'Report', header: 'memo', typed: true },
  notice: { label: 'Public notice', masthead: 'Public notice', header: 'seal', typed: false },
};

/** "Provisional Order 45-117" -> "PO-45-117" style reference: the record's id, as filed. */
export function fileReference(id: string): string {
  return id.toUpperCase();
}
