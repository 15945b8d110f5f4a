// Build-time: the chapters as the outside world sees them (JSON-LD, the Atom feed): absolute
// addresses of each page, its card, cover and PDF, and the span of story time it covers.
import { getActs } from '../story/getActs.ts';
import { loadTimeline } from '../story/timeline/loadTimeline.ts';
import { SITE_TITLE } from '../site/publication.ts';
import { withBase } from '../site/base.ts';
import { pdfManifest } from '../site/pdfManifest.ts';

export interface PublicChapter {
  position: number;
  title: string;
  dek: string;
  summary: string;
  url: string;
  card: string;
  cover: string;
  pdf: string;
  /** First and last scene dates of the act, in story time (ISO). */
  start: string;
  end: string;
}

export interface PublicBook {
  url: string;
  card: string;
  pdf: string;
  chapters: PublicChapter[];
}

export async function publicBook(site: URL | undefined): Promise<PublicBook> {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const acts = await getActs();
  const scenes = loadTimeline().scenes;
  // The A4 files the PDF renderer writes, named as the build's PDF manifest names them.
  const pdfs = pdfManifest(SITE_TITLE, acts.map(({ slug, entry: { data } }) => ({ act: data.act, slug, title: data.title, summary: data.summary })));
  const chapterPdf = new Map(pdfs.chapters.map((c) => [c.act, c.pdf]));
  return {
    url: absolute('/'),
    card: absolute('/cards/index.png'),
    pdf: absolute(`/pdf/${pdfs.book.pdf}.pdf`),
    chapters: acts.map(({ slug, entry: { data } }) => {
      const dates = scenes.filter((scene) => scene.act === data.act).map((scene) => scene.date);
      return {
        position: data.act,
        title: data.title,
        dek: data.dek,
        summary: data.summary,
        url: absolute(`/acts/${slug}/`),
        card: absolute(`/cards/acts/${slug}.png`),
        cover: absolute(`/covers/${slug}.svg`),
        pdf: absolute(`/pdf/${chapterPdf.get(data.act) ?? ''}.pdf`),
        start: dates[0] ?? '',
        end: dates.at(-1) ?? '',
      };
    }),
  };
}
