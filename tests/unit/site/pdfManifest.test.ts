import { describe, expect, it } from 'vitest';
import { pdfManifest } from '../../../src/site/pdfManifest.ts';

describe('pdfManifest', () => {
  const manifest = pdfManifest('The Neural Fabric', [
    { act: 1, slug: 'the-split', title: 'The Split', summary: 'One.' },
    { act: 2, slug: 'dissonance', title: 'Dissonance', summary: 'Two.' },
  ]);

  it('lists each chapter with its page, PDF name, document title and subject', () => {
    expect(manifest.chapters[1]).toEqual({
      act: 2,
      slug: 'dissonance',
      chapterTitle: 'Dissonance',
      slot: 'act-2',
      page: 'acts/dissonance/',
      pdf: 'the-neural-fabric-act-2-dissonance',
      title: 'The Neural Fabric · Act 2: Dissonance',
      subject: 'Two.',
      label: 'Download Act 2 as a PDF',
    });
  });

  it('adds the one-page book, named after the site', () => {
    expect(manifest.book).toMatchObject({ slot: 'book', page: 'book/', pdf: 'the-neural-fabric', title: 'The Neural Fabric: the complete documentary' });
  });
});
