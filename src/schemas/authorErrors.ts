// Makes every schema error say what an author needs: what was expected and what was found
// ("expected one of "alterna", "glimmers", "seam", got "moon""). Astro prefixes the file and the
// field. Imported for its effect by each schema module, so it holds in the build and in tests.
import { z } from 'astro/zod';

export function describeInput(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export function authorMessage(issue: z.core.$ZodRawIssue): string | undefined {
  const got = `got ${describeInput(issue.input)}`;
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

z.config({ customError: authorMessage });
