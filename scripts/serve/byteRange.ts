// Reads a Range header for one file (RFC 9110 §14): a single byte range is honoured; several
// ranges, or a header that is not a byte range, are ignored and the whole file is sent, as the
// RFC allows. Pure.

export type RangeAnswer = { start: number; end: number } | 'unsatisfiable' | undefined;

export function byteRange(header: string | undefined, size: number): RangeAnswer {
  const match = /^bytes=(\d*)-(\d*)$/.exec((header ?? '').trim());
  if (!match || (match[1] === '' && match[2] === '')) return undefined;
  const [first, last] = [match[1] as string, match[2] as string];
  if (first === '') {
    const suffix = Number(last);
    return suffix === 0 || size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (start >= size) return 'unsatisfiable';
  return start > end ? undefined : { start, end };
}
