// The previous and next items around position i of an ordered list, for chapter navigation.

export function neighbours<T>(items: readonly T[], index: number): { previous: T | undefined; next: T | undefined } {
  return { previous: index > 0 ? items[index - 1] : undefined, next: items[index + 1] };
}
