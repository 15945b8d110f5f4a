// Code points <-> CSS unicode-range lists. Pure: the subsetter states exactly the characters a
// file holds, and reads @fontsource's ranges to know which of its files carries a character.

/** "U+0000-00FF,U+0131" -> a membership test. */
export function parseUnicodeRange(list: string): (codePoint: number) => boolean {
  const spans = list.split(',').map((part) => {
    const match = /^\s*U\+([0-9A-F]+)(?:-([0-9A-F]+))?\s*$/i.exec(part);
    if (!match) throw new Error(`unicode-range: expected "U+XXXX" or "U+XXXX-YYYY", got "${part}"`);
    const from = parseInt(match[1] as string, 16);
    return [from, match[2] ? parseInt(match[2], 16) : from] as const;
  });
  return (codePoint) => spans.some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** Sorted, merged ranges for a set of code points: [3, 4, 5, 9] -> ["U+3-5", "U+9"]. */
export function toUnicodeRange(codePoints: Iterable<number>): string[] {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b);
  const ranges: string[] = [];
  let start = sorted[0];
  for (let i = 0; i < sorted.length; i++) {
    const current = sorted[i] as number;
    const next = sorted[i + 1];
    if (next === current + 1) continue;
    const hex = (n: number) => n.toString(16).toUpperCase();
    ranges.push(start === current ? `U+${hex(current)}` : `U+${hex(start as number)}-${hex(current)}`);
    start = next;
  }
  return ranges;
}
