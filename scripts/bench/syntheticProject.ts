// Copies the project into a temporary folder (sharing node_modules through a link) with every
// chapter made N times as long, so the bench can build a bigger story without touching ours.
import { cpSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { lengthenChapter } from './lengthenStory.ts';

const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'test-results', 'playwright-report', 'bench']);

/** Returns the folder of the copy; the caller removes it. */
export function syntheticProject(projectRoot: string, times: number): string {
  const root = resolve(projectRoot);
  const copy = mkdtempSync(join(tmpdir(), `neural-fabric-x${times}-`));
  for (const entry of readdirSync(root)) {
    if (!SKIP.has(entry)) cpSync(join(root, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const acts = join(copy, 'content/acts');
  for (const file of readdirSync(acts).filter((name) => name.endsWith('.mdx'))) {
    writeFileSync(join(acts, file), lengthenChapter(readFileSync(join(acts, file), 'utf8'), times));
  }
  return copy;
}
