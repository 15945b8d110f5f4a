// What the PDF renderer makes, read from the manifest the build wrote (pdf/editions.json): one
// PDF per chapter and one for the whole book, their file names, metadata and the download link
// each page gets. Pure: no browser, no files.
import { formatBytes } from '../shared/formatBytes.ts';
import type { PdfEdition, PdfManifest } from '../../src/site/pdfManifest.ts';

export type PaperFormat = 'A4' | 'Letter';

export interface PdfJob {
  /** Key of the placeholder in the HTML page that links to this PDF. */
  slot: string;
  /** Path of the page to print, relative to the site's base. */
  page: string;
  /** HTML file (under dist/) whose placeholder gets the link. */
  linkedFrom: string;
  fileName: string;
  title: string;
  subject: string;
  label: string;
}

export function parseFormat(raw: string | undefined): PaperFormat {
  if (raw === undefined || /^a4$/i.test(raw)) return 'A4';
  if (/^(us-?)?letter$/i.test(raw)) return 'Letter';
  throw new Error(`--format: got "${raw}", expected A4 or Letter`);
}

export function pdfFileName(base: string, format: PaperFormat): string {
  return `${base}${format === 'Letter' ? '-letter' : ''}.pdf`;
}

/** The chapters' PDFs in reading order, then the book's, which the contents page links to. */
export function pdfJobs(manifest: PdfManifest, format: PaperFormat): PdfJob[] {
  const job = (edition: PdfEdition, linkedFrom: string): PdfJob => ({
    slot: edition.slot,
    page: edition.page,
    linkedFrom,
    fileName: pdfFileName(edition.pdf, format),
    title: edition.title,
    subject: edition.subject,
    label: edition.label,
  });
  return [...manifest.chapters.map((chapter) => job(chapter, `${chapter.page}index.html`)), job(manifest.book, 'index.html')];
}

export function downloadLink(href: string, label: string, format: PaperFormat, pages: number, bytes: number): string {
  // Format, pages and size sit inside the link, so its accessible name carries them too.
  return `<p class="pdf-download"><a href="${href}" download>${label}<span class="meta">, ${format}, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${formatBytes(bytes)}</span></a></p>`;
}

/** Pages in a PDF as Chromium writes it: one /Type /Page object per page. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
