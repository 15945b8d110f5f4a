// Reading order of the acts: the URL slug of an act, the order itself (refusing duplicate or
// missing act numbers, or a file whose "NN-" prefix disagrees), and an act's neighbours.
// Knows nothing of Astro: it takes plain { id, data.act } records.

/** The URL slug of an act: its file name without the "NN-" ordering prefix. */
export function actSlug(id: string): string {
  return id.replace(/^\d+-/, '');
}

export interface ActLike {
  id: string;
  data: { act: number };
}

export function orderActs<T extends ActLike>(acts: readonly T[], folder = 'content/acts'): T[] {
  const sorted = [...acts].sort((a, b) => a.data.act - b.data.act);
  const seen = new Map<number, string>();
  for (const entry of sorted) {
    const file = `${folder}/${entry.id}.mdx`;
    const other = seen.get(entry.data.act);
    if (other !== undefined) {
      throw new Error(`${file}: field "act": got ${entry.data.act}, expected a number no other act uses (${folder}/${other}.mdx has it too)`);
    }
    seen.set(entry.data.act, entry.id);
    const prefix = /^(\d+)-/.exec(entry.id);
    if (!prefix || Number(prefix[1]) !== entry.data.act) {
      throw new Error(`${file}: file name: got "${entry.id}", expected it to start with "${String(entry.data.act).padStart(2, '0')}-" to match field "act" (${entry.data.act})`);
    }
  }
  sorted.forEach((entry, index) => {
    if (entry.data.act !== index + 1) {
      throw new Error(`${folder}/${entry.id}.mdx: field "act": got ${entry.data.act}, expected ${index + 1} (acts are numbered 1, 2, 3... without gaps)`);
    }
  });
  return sorted;
}

/** The previous and next items around position i of an ordered list, for chapter navigation. */
export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
