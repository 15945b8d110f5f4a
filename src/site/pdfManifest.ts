// What the build tells the PDF renderer: the chapters in reading order (act, slug, title,
// summary, page path, PDF name) and the one-page book. Written by the build as pdf/editions.json,
// so the renderer never has to read facts back out of built HTML. Pure; knows no files.

export interface PdfEdition {
  /** Placeholder key in the page that links to this PDF ("act-2", "book"). */
  slot: string;
  /** Page to print, relative to the site's base, with its trailing slash. */
  page: string;
  /** File name without paper suffix or extension; the renderer adds "-letter" and ".pdf". */
  pdf: string;
  /** Document title and subject the PDF carries. */
  title: string;
  subject: string;
  /** Link text on the page. */
  label: string;
}

export interface PdfChapterEdition extends PdfEdition {
  act: number;
  slug: string;
  chapterTitle: string;
}

export interface PdfManifest {
  site: string;
  chapters: PdfChapterEdition[];
  book: PdfEdition;
}

export interface ChapterFacts {
  act: number;
  slug: string;
  title: string;
  summary: string;
}

export const PDF_MANIFEST_PATH = 'pdf/editions.json';

export function pdfManifest(site: string, chapters: readonly ChapterFacts[]): PdfManifest {
  const name = site.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return {
    site,
    chapters: chapters.map((chapter) => ({
      act: chapter.act,
      slug: chapter.slug,
      chapterTitle: chapter.title,
      slot: `act-${chapter.act}`,
      page: `acts/${chapter.slug}/`,
      pdf: `${name}-act-${chapter.act}-${chapter.slug}`,
      title: `${site} · Act ${chapter.act}: ${chapter.title}`,
      subject: chapter.summary,
      label: `Download Act ${chapter.act} as a PDF`,
    })),
    book: {
      slot: 'book',
      page: 'book/',
      pdf: name,
      title: `${site}: the complete documentary`,
      subject: `${site}, all five acts with every figure.`,
      label: 'Download the whole documentary as a PDF',
    },
  };
}
