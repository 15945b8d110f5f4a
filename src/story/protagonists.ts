// The four protagonists among the characters (the collectives are characters too, but have no
// arc), and the little of each that a chart draws with. Knows nothing of Astro's collections.

/** A protagonist as charts receive them. */
export interface CharacterInfo {
  id: string;
  name: string;
  /** Colour token: the chart uses var(--c-<colour>). */
  colour: string;
}

interface CharacterLike {
  id: string;
  data: { kind: string; name: string; colour?: string | undefined };
}

export function protagonists<T extends { data: { kind: string } }>(characters: readonly T[]): T[] {
  return characters.filter((c) => c.data.kind === 'protagonist');
}

/** The character schema requires a colour of every protagonist; witnesses may have none. */
export function characterInfo(character: CharacterLike): CharacterInfo {
  const { colour } = character.data;
  if (!colour) throw new Error(`content/characters/${character.id}.md: colour: expected a colour token for a character drawn on a chart, got nothing`);
  return { id: character.id, name: character.data.name, colour };
}
