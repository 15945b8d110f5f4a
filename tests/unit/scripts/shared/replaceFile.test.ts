import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { replaceFile } from '../../../../scripts/shared/replaceFile.ts';

describe('replaceFile', () => {
  it('rewrites the file with the edit of its text and leaves nothing aside', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-file-'));
    const file = join(dir, 'index.html');
    writeFileSync(file, '<p><!--slot--></p>');
    replaceFile(file, (text) => text.replace('<!--slot-->', 'link'));
    expect(readFileSync(file, 'utf8')).toBe('<p>link</p>');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });
  it('leaves the page as it was when the edit fails', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replace-file-'));
    const file = join(dir, 'index.html');
    writeFileSync(file, 'before');
    expect(() => replaceFile(file, () => { throw new Error('no slot'); })).toThrow('no slot');
    expect(readFileSync(file, 'utf8')).toBe('before');
  });
});
