// A small PublicBook for the feed and JSON-LD tests, with a character that needs escaping.
import type { PublicBook } from '../../../src/publish/chapters.ts';

const site = 'https://example.org/sub/';
export const book: PublicBook = {
  url: site,
  card: `${site}cards/index.png`,
  pdf: `${site}pdf/the-neural-fabric.pdf`,
  chapters: ['The Split', 'Dissonance', 'Resonance', 'Convergence', 'Threads & <Knots>'].map((title, i) => ({
    position: i + 1,
    title,
    dek: `Dek of act ${i + 1}.`,
    summary: `Summary of act ${i + 1} with "quotes" & more.`,
    url: `${site}acts/act-${i + 1}/`,
    card: `${site}cards/acts/act-${i + 1}.png`,
    cover: `${site}covers/act-${i + 1}.svg`,
    pdf: `${site}pdf/the-neural-fabric-act-${i + 1}.pdf`,
    start: `2145-0${i + 1}-01`,
    end: `2145-0${i + 1}-20`,
  })),
};
