import { describe, expect, it } from 'vitest';
import { pdfName } from '../../../src/site/chapters.ts';
import { pdfJobs } from '../../../scripts/pdfJobs.ts';
import { SITE_TITLE } from '../../../src/lib/site.ts';

describe('pdfName', () => {
  it('names each PDF as the renderer writes it, so JSON-LD and the feed point to real files', () => {
    const chapters = [
      { act: 1, title: 'The Split', slug: 'the-split', summary: 's' },
      { act: 2, title: 'Dissonance', slug: 'dissonance', summary: 's' },
    ];
    const jobs = pdfJobs(SITE_TITLE, chapters, 'A4');
    expect(chapters.map((c) => pdfName(c))).toEqual(jobs.filter((j) => j.slot.startsWith('act-')).map((j) => j.fileName));
    expect(pdfName()).toBe(jobs.find((j) => j.slot === 'book')?.fileName);
  });
});
