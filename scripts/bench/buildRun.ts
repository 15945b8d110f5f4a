// Builds a project into a folder and times each part as `npm run build` runs it: the site, then
// the editions (PDFs and e-book side by side, scripts/editions/cli.ts) with the PDFs printed from
// scratch (an empty cache), and again with that cache warm, as a rebuild with no change would
// find it. Notes the largest page and the PDFs' page count, so runs of different sizes compare.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { timeCommand } from './command.ts';

export interface BuildRun {
  buildMs: number;
  /** The editions step: PDFs printed (cold) or copied from the cache (warm), the e-book built beside them. */
  pdfColdMs: number;
  pdfWarmMs: number;
  /** Pages of all PDFs together. */
  pdfPages: number;
  largestPage: { path: string; bytes: number; gzBytes: number };
}

export async function buildRun(projectRoot: string, out: string, env: NodeJS.ProcessEnv, concurrency: number): Promise<BuildRun> {
  const cache = mkdtempSync(join(tmpdir(), 'neural-fabric-pdf-cache-'));
  try {
    const build = await timeCommand('npx', ['astro', 'build', '--outDir', out], env, projectRoot);
    const pdfArgs = ['scripts/editions/cli.ts', '--out', out, '--cache-dir', cache, '--concurrency', String(concurrency)];
    const cold = await timeCommand(process.execPath, pdfArgs, env, projectRoot);
    const warm = await timeCommand(process.execPath, pdfArgs, env, projectRoot);
    const pdfPages = [...cold.output.matchAll(/\.pdf\s+(\d+) pages\s/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    return { buildMs: build.ms, pdfColdMs: cold.ms, pdfWarmMs: warm.ms, pdfPages, largestPage: largestPage(out) };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

function largestPage(dir: string): BuildRun['largestPage'] {
  const pages = htmlFiles(dir).map((file) => ({ file, bytes: readFileSync(file).length }));
  const largest = pages.reduce((a, b) => (b.bytes > a.bytes ? b : a));
  return { path: relative(dir, largest.file), bytes: largest.bytes, gzBytes: gzipSync(readFileSync(largest.file), { level: 9 }).length };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}
