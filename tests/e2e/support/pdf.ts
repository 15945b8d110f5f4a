// Reading PDFs in tests: poppler's command-line tools for info, fonts and text, and a small
// reader for outline titles (poppler prints no outline).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export function pdfinfo(file: string): Record<string, string> {
  const out = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Object.fromEntries(out.split('\n').filter((l) => l.includes(':')).map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()]));
}

export function pdffonts(file: string): { name: string; embedded: boolean }[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  return lines.map((line) => {
    const cells = line.trim().split(/\s+/);
    // columns from the right: emb sub uni object-id generation
    return { name: cells[0] ?? '', embedded: cells[cells.length - 5] === 'yes' };
  });
}

/** Text per page (poppler separates pages with form feeds). */
export function pdfPages(file: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** Letters and digits only, lower-cased and NFKC-folded: compares text across line breaks. */
export function squash(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function decodeLiteral(body: string): string {
  return body.replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, e: string) =>
    /^[0-7]+$/.test(e) ? String.fromCharCode(parseInt(e, 8)) : ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[e] ?? e,
  );
}

function decodeHex(hex: string): string {
  const bytes = Buffer.from(hex.replace(/\s+/g, ''), 'hex');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return bytes.subarray(2).swap16().toString('utf16le');
  return bytes.toString('latin1');
}

/** Titles of outline (bookmark) items: dictionaries with /Title and /Parent. */
export function pdfOutlineTitles(file: string): string[] {
  const raw = readFileSync(file).toString('latin1');
  const titles: string[] = [];
  for (const match of raw.matchAll(/<<((?:(?!endobj)[\s\S])*?)>>\s*endobj/g)) {
    const dict = match[1] ?? '';
    if (!dict.includes('/Parent')) continue;
    const literal = /\/Title\s*\(((?:\\.|[^\\)])*)\)/.exec(dict);
    const hex = /\/Title\s*<([0-9A-Fa-f\s]+)>/.exec(dict);
    if (literal) titles.push(Buffer.from(decodeLiteral(literal[1] ?? ''), 'latin1').toString('utf8'));
    else if (hex) titles.push(decodeHex(hex[1] ?? ''));
  }
  return titles;
}
