import { describe, expect, it } from 'vitest';
import { countPdfPages, downloadLink, parseFormat, pdfFileName, pdfJobs } from '../../../../scripts/pdf/jobs.ts';
import { pdfManifest } from '../../../../src/site/pdfManifest.ts';

const manifest = pdfManifest('The Neural Fabric', [
  { act: 1, title: 'The Split', slug: 'the-split', summary: 'One.' },
  { act: 2, title: 'Dissonance', slug: 'dissonance', summary: 'Two.' },
]);

describe('pdfJobs', () => {
  it('makes one PDF per chapter and one for the book, linked from the right pages', () => {
    const jobs = pdfJobs(manifest, 'A4');
    expect(jobs.map((j) => j.fileName)).toEqual(['the-neural-fabric-act-1-the-split.pdf', 'the-neural-fabric-act-2-dissonance.pdf', 'the-neural-fabric.pdf']);
    expect(jobs.map((j) => j.linkedFrom)).toEqual(['acts/the-split/index.html', 'acts/dissonance/index.html', 'index.html']);
    expect(jobs[1]).toMatchObject({ slot: 'act-2', page: 'acts/dissonance/', title: 'The Neural Fabric · Act 2: Dissonance', subject: 'Two.' });
    expect(jobs[2]).toMatchObject({ slot: 'book', page: 'book/', title: 'The Neural Fabric: the complete documentary' });
  });
  it('marks US Letter files in their names, so both can sit side by side', () => {
    expect(pdfJobs(manifest, 'Letter').map((j) => j.fileName)).toContain('the-neural-fabric-letter.pdf');
    expect(pdfFileName('x', 'Letter')).toBe('x-letter.pdf');
    expect(pdfFileName('x', 'A4')).toBe('x.pdf');
  });
});

describe('parseFormat', () => {
  it('defaults to A4 and accepts Letter in common spellings', () => {
    expect(parseFormat(undefined)).toBe('A4');
    expect(parseFormat('a4')).toBe('A4');
    expect(parseFormat('Letter')).toBe('Letter');
    expect(parseFormat('us-letter')).toBe('Letter');
  });
  it('refuses anything else, saying what it accepts', () => {
    expect(() => parseFormat('A3')).toThrow('--format: got "A3", expected A4 or Letter');
  });
});

describe('download links', () => {
  it('give the format, page count and size inside the link, where its accessible name carries them', () => {
    expect(downloadLink('/pdf/x.pdf', 'Download', 'A4', 14, 431_000)).toBe(
      '<p class="pdf-download"><a href="/pdf/x.pdf" download>Download<span class="meta">, A4, 14 pages, 421 KB</span></a></p>',
    );
    expect(downloadLink('/a.pdf', 'D', 'Letter', 1, 1024)).toContain('D<span class="meta">, Letter, 1 page, 1 KB</span></a>');
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = Buffer.from('<</Type /Pages /Count 2>> <</Type /Page /Parent 1 0 R>> <</Type/Page>>', 'latin1');
    expect(countPdfPages(pdf)).toBe(2);
  });
});
