// Reads the story data from content/data/ at build time and validates it. Server-only: charts
// receive the slices they need as props, never this module.
import { readFileSync, readdirSync } from 'node:fs';
import { contentRoot } from './contentRoot.ts';
import { parseTimeline, TIMELINE_FILES, type Timeline, type TimelineFiles } from './parseTimeline.ts';

let cached: { root: string; timeline: Timeline } | undefined;

function readJson(path: string, name: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${name}: got text that is not valid JSON (${(error as Error).message.replace(/\s+/g, ' ')}), expected a JSON document`);
  }
}

export function loadTimeline(root = contentRoot()): Timeline {
  if (cached?.root === root) return cached.timeline;
  const folder = root.replace(/^\.\//, '');
  const names = Object.fromEntries(
    Object.entries(TIMELINE_FILES).map(([key, file]) => [key, file.replace(/^content/, folder)]),
  ) as unknown as typeof TIMELINE_FILES;
  const files = Object.fromEntries(
    Object.entries(names).map(([key, file]) => [key, readJson(file, file)]),
  ) as unknown as TimelineFiles;
  const characterIds = readdirSync(`${root}/characters`)
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));
  const timeline = parseTimeline(files, characterIds, names);
  cached = { root, timeline };
  return timeline;
}
