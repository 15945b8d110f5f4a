// Makes the site's downloadable editions from the built site, side by side: the PDFs (printed in
// Chromium, scripts/pdf/cli.ts) and the e-book (scripts/epub/cli.ts). They read the same pages but
// write different files: the PDF step writes its download links into pages only after printing,
// each page renamed into place whole, and the e-book's links, which would touch the same pages,
// are written here once both are done. Options are passed on to the PDF step; --out to both.
// Usage: node scripts/editions/cli.ts [--out dist] [PDF options: --format, --concurrency, --cache-dir, --no-cache]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { linkEbook } from '../epub/linkPages.ts';
import { normaliseBase } from '../../src/site/base.ts';

const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { out: { type: 'string', default: 'dist' } }, strict: false });
const dist = typeof values.out === 'string' ? values.out : 'dist';
const started = performance.now();

/** Runs a step as its own Node process (its output goes straight through); rejects naming it. */
function step(script: string, stepArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL(script, import.meta.url)), ...stepArgs], { stdio: 'inherit' });
    child.once('error', reject);
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(`scripts/${script.slice(3)}: exited with ${code}, expected 0 (its output is above)`))));
  });
}

const outcomes = await Promise.allSettled([step('../pdf/cli.ts', args), step('../epub/cli.ts', ['--out', dist, '--no-link'])]);
const failed = outcomes.filter((outcome) => outcome.status === 'rejected');
if (failed.length > 0) {
  for (const failure of failed) console.error(`[editions] ${(failure.reason as Error).message}`);
  process.exit(1);
}
const linked = linkEbook(dist, normaliseBase(process.env['BASE_PATH']));
console.log(`[editions] PDFs and e-book in ${((performance.now() - started) / 1000).toFixed(1)} s; e-book linked from ${linked} pages`);
