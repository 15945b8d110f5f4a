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
  data: { kind: string; name: string; colour: string };
}

export function protagonists<T extends { data: { kind: string } }>(characters: readonly T[]): T[] {
  return characters.filter((c) => c.data.kind === 'protagonist');
}

export function characterInfo(character: CharacterLike): CharacterInfo {
  return { id: character.id, name: character.data.name, colour: character.data.colour };
}
