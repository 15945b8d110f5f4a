// Finds uses of glossary terms in running text, for the notes that open a term's definition where
// it is first used. A term is matched without its article ("The Loom" -> "Loom"), as a whole word;
// proper names ("The Spires") match only as capitalised, common nouns ("Lace", "The neural
// fabric") also at the start of a sentence or in mid-sentence lower case. Pure: no Markdown here.

export interface GlossaryTerm {
  id: string;
  term: string;
}

export interface TermMatcher {
  id: string;
  pattern: RegExp;
}

export interface TermUse {
  id: string;
  start: number;
  end: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function termMatcher({ id, term }: GlossaryTerm): TermMatcher {
  const article = /^the\s+/i.exec(term);
  const bare = article ? term.slice(article[0].length) : term;
  const properName = article !== null && /^\p{Lu}/u.test(bare);
  const first = bare.charAt(0);
  const head = properName || first.toLowerCase() === first.toUpperCase() ? escape(first) : `[${first.toUpperCase()}${first.toLowerCase()}]`;
  const words = `${head}${escape(bare.slice(1))}`.replace(/\s+/g, '\\s+');
  return { id, pattern: new RegExp(`(?<![\\p{L}\\p{N}-])${words}(?![\\p{L}\\p{N}])`, 'gu') };
}

/**
 * Uses in `text` of the terms not yet in `used`, each at most once, earliest first; where two
 * overlap the longer wins ("Gradient Ledger" over "Gradient"). Adds the found ids to `used`.
 */
export function findGlossaryTerms(text: string, matchers: readonly TermMatcher[], used: Set<string>): TermUse[] {
  const candidates: TermUse[] = [];
  for (const { id, pattern } of matchers) {
    if (used.has(id)) continue;
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    if (match) candidates.push({ id, start: match.index, end: match.index + match[0].length });
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const uses: TermUse[] = [];
  let reached = 0;
  for (const candidate of candidates) {
    if (candidate.start < reached) continue;
    uses.push(candidate);
    used.add(candidate.id);
    reached = candidate.end;
  }
  return uses;
}
