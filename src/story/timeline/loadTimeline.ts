// Reads the story data from content/data/ at build time and validates it. Server-only: charts
// receive the slices they need as props, never this module.
import { readFileSync, readdirSync } from 'node:fs';
import { parseTimeline, TIMELINE_FILES, type Timeline, type TimelineFiles } from './parseTimeline.ts';

let cached: Timeline | undefined;

function readJson(path: string, name: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: got text that is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}), expected a JSON document`);
  }
}

/** Read once per build: every page and section asks for it. */
export function loadTimeline(): Timeline {
  if (cached) return cached;
  const files = Object.fromEntries(
    Object.entries(TIMELINE_FILES).map(([key, file]) => [key, readJson(file, file)]),
  ) as unknown as TimelineFiles;
  const characterIds = readdirSync('content/characters')
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));
  cached = parseTimeline(files, characterIds);
  return cached;
}
