// Turns the site's glossary notes into EPUB footnotes. On the site a term is a
// <button popovertarget> whose <span popover> definition opens in place; EPUB 3.2 content has no
// popover and no buttons. Footnotes are the e-book's own "definition in place": reading systems
// (Apple Books, Kobo, Thorium, Kindle's converter) open an aside with epub:type="footnote" as a
// pop-up from its noteref link and hide it from the running text, and those that do not show it
// as a short note after the paragraph. So the term stays in the sentence as a noteref link, and
// its definition follows the paragraph as a footnote that links on to the glossary entry.
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';

/** Elements whose content is phrasing only: an aside may not sit inside them. */
const PHRASING_ONLY = /^(p|h[1-6]|dt|span|a|em|strong|i|b|q|cite|small|time|dfn|abbr|mark|s|u|sub|sup|code|label|caption)$/;

const classes = (el: Element) => (Array.isArray(el.properties['className']) ? el.properties['className'].map(String) : []);
const isTerm = (el: Element) => el.tagName === 'button' && classes(el).includes('gloss-term');
const isNote = (el: Element) => classes(el).includes('gloss-note');

export class GlossNoteError extends Error {}

function noteref(term: Element, where: string): Element {
  const target = term.properties['popoverTarget'] ?? term.properties['popovertarget'];
  if (typeof target !== 'string' || !target) throw new GlossNoteError(`${where}: glossary term "${termText(term)}": popovertarget: got none, expected the id of its note`);
  return h('a', { class: 'gloss-term', 'epub:type': 'noteref', role: 'doc-noteref', href: `#${target}` }, term.children);
}

function termText(el: Element): string {
  return el.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? termText(c) : '')).join('');
}

function footnote(note: Element, where: string): Element {
  const id = note.properties['id'];
  if (typeof id !== 'string' || !id) throw new GlossNoteError(`${where}: glossary note "${termText(note)}": id: got none, expected one its term points to`);
  // The note's parts (term, definition, link to the glossary) become one paragraph.
  const parts = note.children.map((child) =>
    child.type === 'element' && child.tagName === 'a' ? h('a', { class: 'gloss-more', href: child.properties['href'] }, 'Glossary entry') : child,
  );
  const label = note.properties['ariaLabel'];
  return h('aside', { class: 'gloss-note', id, 'epub:type': 'footnote', role: 'doc-footnote', ...(typeof label === 'string' ? { 'aria-label': label } : {}) }, [h('p', parts)]);
}

/** Rewrites `el`'s subtree; returns the footnotes that must be placed after an ancestor. */
function rewrite(el: Element, where: string): Element[] {
  const phrasing = PHRASING_ONLY.test(el.tagName);
  const bubbled: Element[] = [];
  const children: ElementContent[] = [];
  for (const child of el.children) {
    if (child.type !== 'element') {
      children.push(child);
      continue;
    }
    if (isNote(child)) {
      bubbled.push(footnote(child, where));
      continue;
    }
    const replaced = isTerm(child) ? noteref(child, where) : child;
    const notes = isTerm(child) ? [] : rewrite(child, where);
    children.push(replaced);
    bubbled.push(...notes);
    if (!phrasing) children.push(...bubbled.splice(0));
  }
  el.children = children;
  return bubbled;
}

/** Copies `nodes` with every glossary note turned into a noteref and a footnote. */
export function glossNotesToFootnotes(nodes: readonly ElementContent[], where: string): ElementContent[] {
  const wrapper = h('div', structuredClone(nodes as ElementContent[]));
  const left = rewrite(wrapper, where);
  return [...wrapper.children, ...left];
}
