// Cross-entry rules of content/data/glossary.json that its schema cannot see: no id and no term
// is defined twice. Pure: the parsed file in, problems out ("file: [i].field: got X, expected Y").

export interface GlossaryFacts {
  id: string;
  term: string;
}

export function checkGlossary(entries: readonly GlossaryFacts[], file = 'content/data/glossary.json'): string[] {
  const problems: string[] = [];
  const seenIds = new Map<string, number>();
  const seenTerms = new Map<string, number>();
  entries.forEach((entry, i) => {
    const sameId = seenIds.get(entry.id);
    if (sameId !== undefined) problems.push(`${file}: [${i}].id: got "${entry.id}", expected an id no other term uses ([${sameId}] defines it already)`);
    else seenIds.set(entry.id, i);
    const key = entry.term.trim().toLowerCase();
    const sameTerm = seenTerms.get(key);
    if (sameTerm !== undefined) problems.push(`${file}: [${i}].term: got "${entry.term}", expected a term no other entry defines ([${sameTerm}] defines it already)`);
    else seenTerms.set(key, i);
  });
  return problems;
}
