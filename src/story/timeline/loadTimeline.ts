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
  const read = (key: keyof TimelineFiles) => readJson(TIMELINE_FILES[key], TIMELINE_FILES[key]);
  const files: TimelineFiles = { scenes: read('scenes'), divide: read('divide'), arcs: read('arcs'), fabric: read('fabric'), places: read('places') };
  const characterIds = readdirSync('content/characters')
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));
  cached = parseTimeline(files, characterIds);
  return cached;
}
