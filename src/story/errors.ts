// The one voice of author-facing errors: "file: field: got X, expected Y". Holds the zod error map
// passed to each parse of author content, and the formatter that turns a zod issue of the story
// data into that sentence. Knows nothing of files; callers prefix the file name.
import type { z } from 'astro/zod';

export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * The error map for every zod parse of author content: "expected one of "alterna", "glimmers",
 * "seam", got "moon"". Pass it where a schema is parsed (`safeParse(input, { error: authorErrorMap })`);
 * Astro's collections take it once, in src/content.config.ts, and prefix the file and the field.
 */
export function authorErrorMap(issue: z.core.$ZodRawIssue): string | undefined {
  const got = `got ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${issue.expected}, ${got}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, ${got}`;
    case 'too_small':
      return `expected ${issue.origin === 'array' ? 'at least' : issue.origin === 'string' ? 'a text of at least' : issue.inclusive ? 'a number >=' : 'a number >'} ${String(issue.minimum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}, ${got}`;
    case 'too_big':
      return `expected ${issue.origin === 'array' ? 'at most' : issue.origin === 'string' ? 'a text of at most' : issue.inclusive ? 'a number <=' : 'a number <'} ${String(issue.maximum)}${issue.origin === 'array' ? ' item(s)' : issue.origin === 'string' ? ' character(s)' : ''}, ${got}`;
    case 'unrecognized_keys':
      return `expected no field named ${issue.keys.map((k) => `"${k}"`).join(', ')}, got one`;
    default:
      return undefined;
  }
}

export function formatPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}


function expectation(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `at least ${String(issue.minimum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `a number ${issue.inclusive ? '>=' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'}`
        : `a number ${issue.inclusive ? '<=' : '<'} ${String(issue.maximum)}`;
    case 'invalid_value':
      return `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `no field named ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'regex' ? issue.message : `a ${issue.format}`;
    case 'not_multiple_of':
      return `a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message;
  }
}

/** Field path, the value found (from the parsed input) and the expectation. */
export function formatIssue(issue: z.core.$ZodIssue, input: unknown): string {
  const found = issue.code === 'unrecognized_keys' ? `field ${issue.keys.map((k) => `"${k}"`).join(', ')}` : describeValue(valueAt(input, issue.path));
  const expected = issue.code === 'custom' ? issue.message : expectation(issue);
  return `${formatPath(issue.path)}: got ${found}, expected ${expected}`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
