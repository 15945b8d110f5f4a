// What the PDF renderer makes: one PDF per chapter and one for the whole book, their file names,
// metadata and the download link each page gets. Pure: no browser, no files.

export type PaperFormat = 'A4' | 'Letter';

export interface ChapterRef {
  act: number;
  title: string;
  slug: string;
  summary: string;
}

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

export function pdfJobs(site: string, chapters: readonly ChapterRef[], format: PaperFormat): PdfJob[] {
  const slug = site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  const chapterJobs = chapters.map((chapter) => ({
    slot: `act-${chapter.act}`,
    page: `acts/${chapter.slug}/`,
    linkedFrom: `acts/${chapter.slug}/index.html`,
    fileName: pdfFileName(`${slug}-act-${chapter.act}-${chapter.slug}`, format),
    title: `${site} · Act ${chapter.act}: ${chapter.title}`,
    subject: chapter.summary,
    label: `Download Act ${chapter.act} as a PDF`,
  }));
  const book = {
    slot: 'book',
    page: 'book/',
    linkedFrom: 'index.html',
    fileName: pdfFileName(slug, format),
    title: `${site}: the complete documentary`,
    subject: `${site}, all five acts with every figure.`,
    label: 'Download the whole documentary as a PDF',
  };
  return [...chapterJobs, book];
}

export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function downloadLink(href: string, label: string, format: PaperFormat, pages: number, bytes: number): string {
  // Format, pages and size sit inside the link, so its accessible name carries them too.
  return `<p class="pdf-download"><a href="${href}" download>${label}<span class="meta">, ${format}, ${pages} ${pages === 1 ? 'page' : 'pages'}, ${formatBytes(bytes)}</span></a></p>`;
}

/** The chapters to print, read from the built pages: the contents page's links, then each
 *  chapter's act number (data-act), title (h1) and summary (meta description). */
export function chaptersFromHtml(indexHtml: string, readPage: (path: string) => string): ChapterRef[] {
  const slugs = [...indexHtml.matchAll(/<li class="act-card"[\s\S]*?href="[^"]*\/acts\/([^/"]+)\/"/g)].map((m) => m[1] as string);
  return slugs.map((slug) => {
    const html = readPage(`acts/${slug}/index.html`);
    const act = Number(/<article class="chapter"[^>]*data-act="(\d+)"/.exec(html)?.[1]);
    const title = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1]?.trim() ?? '';
    const summary = /<meta name="description" content="([^"]*)"/.exec(html)?.[1] ?? '';
    if (!act || !title) throw new Error(`dist/acts/${slug}/index.html: got a page without act number or title, expected a built chapter`);
    return { act, title: decodeEntities(title), slug, summary: decodeEntities(summary) };
  });
}

function decodeEntities(text: string): string {
  return text.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Pages in a PDF as Chromium writes it: one /Type /Page object per page. */
export function countPdfPages(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}
