// A real `astro build` of a scratch copy of the project, for tests that change the content and
// check what an author or reader would see. (A whole copy: builds in one tree share .astro/ state.)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PROJECT_FILES = ['src', 'public', 'content', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

export function scratchProject(): string {
  const root = mkdtempSync(join(tmpdir(), 'nf-project-'));
  for (const file of PROJECT_FILES.filter((f) => existsSync(f))) cpSync(file, join(root, file), { recursive: true });
  // Packages are shared; the tools' caches (.vite, .astro) are not, so builds cannot disturb each other.
  mkdirSync(join(root, 'node_modules'));
  for (const entry of readdirSync('node_modules')) {
    if (entry !== '.vite' && entry !== '.astro') symlinkSync(join(process.cwd(), 'node_modules', entry), join(root, 'node_modules', entry));
  }
  return root;
}

/** Builds the scratch copy; `keep` reads files from its dist/ before the copy is removed. */
export function build(root: string, keep?: (dist: string) => void): { status: number | null; output: string } {
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status === 0) keep?.(join(root, 'dist'));
  rmSync(root, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
