// PDFs kept by content hash in a folder that outlives dist/ (node_modules/.cache/ by default),
// so a fresh build copies unchanged chapters' PDFs instead of printing them again. Each entry is
// <hash>.pdf plus <hash>.json with its page count. Only the most recently used entries are kept.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_PDF_CACHE = 'node_modules/.cache/neural-fabric-pdf';

export interface CachedPdf {
  pages: number;
  bytes: number;
}

export class PdfCache {
  private readonly dir: string | undefined;

  constructor(dir: string | undefined) {
    this.dir = dir;
    if (dir) mkdirSync(dir, { recursive: true });
  }

  /** Copies the PDF for `hash` to `target` and returns its facts, or undefined on a miss. */
  restore(hash: string, target: string): CachedPdf | undefined {
    if (!this.dir) return undefined;
    const pdf = join(this.dir, `${hash}.pdf`);
    const facts = join(this.dir, `${hash}.json`);
    if (!existsSync(pdf) || !existsSync(facts)) return undefined;
    try {
      const { pages } = JSON.parse(readFileSync(facts, 'utf8')) as { pages: number };
      copyFileSync(pdf, target);
      const now = new Date();
      utimesSync(facts, now, now);
      return { pages, bytes: statSync(target).size };
    } catch {
      return undefined;
    }
  }

  store(hash: string, pdf: Buffer, pages: number): void {
    if (!this.dir) return;
    writeFileSync(join(this.dir, `${hash}.pdf`), pdf);
    writeFileSync(join(this.dir, `${hash}.json`), `${JSON.stringify({ pages })}\n`);
  }

  /** Keeps the `keep` most recently used entries (two paper formats of a few editions). */
  prune(keep = 40): void {
    if (!this.dir) return;
    const dir = this.dir;
    const entries = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({ hash: name.slice(0, -5), used: statSync(join(dir, name)).mtimeMs }))
      .sort((a, b) => b.used - a.used);
    for (const { hash } of entries.slice(keep)) {
      rmSync(join(dir, `${hash}.pdf`), { force: true });
      rmSync(join(dir, `${hash}.json`), { force: true });
    }
  }
}
