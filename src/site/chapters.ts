// Build-time: the chapters as the outside world sees them (JSON-LD, the Atom feed): absolute
// addresses of each page, its card, cover and PDF, and the span of story time it covers.
import { getActs } from '../lib/getActs.ts';
import { loadTimeline } from '../lib/loadTimeline.ts';
import { SITE_TITLE } from '../lib/site.ts';
import { withBase } from '../lib/withBase.ts';

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

/**
 * The A4 PDF's file name, as the PDF renderer (scripts/pdfJobs.ts) names it; a unit test holds the
 * two together. The site cannot import the renderer: build tools depend on the site, not back.
 */
export function pdfName(chapter?: { act: number; slug: string }): string {
  const site = SITE_TITLE.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return chapter ? `${site}-act-${chapter.act}-${chapter.slug}.pdf` : `${site}.pdf`;
}

export async function publicBook(site: URL | undefined): Promise<PublicBook> {
  const absolute = (path: string) => new URL(withBase(path), site).href;
  const acts = await getActs();
  const scenes = loadTimeline().scenes;
  return {
    url: absolute('/'),
    card: absolute('/cards/index.png'),
    pdf: absolute(`/pdf/${pdfName()}`),
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
        pdf: absolute(`/pdf/${pdfName({ act: data.act, slug })}`),
        start: dates[0] ?? '',
        end: dates.at(-1) ?? '',
      };
    }),
  };
}
