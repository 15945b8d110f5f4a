// Build-time: every page's social card (which act's art, kicker, title, standfirst) and where its
// PNG lives. A page finds its card from its own address, so the list and the pages cannot drift:
// the end-to-end tests check that every page's og:image exists.
import { getActs } from '../../story/getActs.ts';
import { getCharacters } from '../../story/getCharacters.ts';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../site/publication.ts';
import type { CardText } from './card.ts';

export interface CardPage {
  /** Page address without the base or slashes ("acts/dissonance"); "index" for the home page. */
  slug: string;
  /** Whose cover the card shows. */
  act: number;
  text: CardText;
}

/** The card of the page at `pathname` (under `base`): cards/<slug>.png. */
export function cardSlug(pathname: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const path = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return path.replace(/\.html$/, '').replace(/\/+$/, '') || 'index';
}

export async function cardPages(): Promise<CardPage[]> {
  const acts = await getActs();
  const last = acts.length;
  const firstAct = (id: string) => acts.find((act) => act.entry.data.characters.some((ref) => ref.id === id))?.entry.data.act ?? 1;
  const fixed: CardPage[] = [
    { slug: 'index', act: last, text: { kicker: 'A documentary in five acts', title: SITE_TITLE, dek: SITE_DESCRIPTION } },
    { slug: 'book', act: last, text: { kicker: 'The complete documentary', title: SITE_TITLE, dek: 'All five acts on one page, with every figure: the reading edition and the source of the book PDF.' } },
    { slug: 'about', act: last, text: { kicker: 'About', title: 'How it is made', dek: 'What The Neural Fabric is, how its charts and covers are drawn from the story data, where its records are, and credits.' } },
    { slug: 'characters', act: 1, text: { kicker: 'People', title: 'Who is who', dek: 'The four people at the heart of The Neural Fabric, the groups and institutions around them, and the witnesses who speak.' } },
    { slug: 'archive', act: last, text: { kicker: 'The record', title: 'The archive', dek: 'Every record the documentary quotes, in the order it was made, with where each appears in the story.' } },
    { slug: 'world', act: 3, text: { kicker: 'Reference', title: 'The world in cross-section', dek: 'The city of 2145 by height: the Spires above the cloud line, the Seam, the Glimmers, and every place the story happens.' } },
    { slug: 'glossary', act: 1, text: { kicker: 'Glossary', title: 'Words of the fabric', dek: 'The terms of the world of The Neural Fabric, from the lace behind the ear to the Charter of Minds.' } },
    { slug: '404', act: 1, text: { kicker: 'Not found', title: 'This thread is cut', dek: 'There is no page at this address.' } },
  ];
  return [
    ...fixed,
    ...acts.map(({ slug, entry: { data } }) => ({ slug: `acts/${slug}`, act: data.act, text: { kicker: `Act ${data.act} of ${last}`, title: data.title, dek: data.dek } })),
    ...(await getCharacters()).map(({ id, data }) => ({ slug: `characters/${id}`, act: firstAct(id), text: { kicker: data.role, title: data.name, dek: data.description } })),
  ];
}
