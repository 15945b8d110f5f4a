// Figures are numbered by the act they stand in: a section whose chart and title repeat a section
// of another act still reads "Figure 5.1", never the other act's number.
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, scratchProject } from './support/scratchBuild.ts';

const figureNumbers = (html: string) => [...html.matchAll(/<span class="figure-number">(Figure [^<]*)<\/span>/g)].map((m) => m[1]);

describe('figure numbers', () => {
  it('follow the act even when a section repeats the chart and title of another act', () => {
    const root = scratchProject();
    const act5 = join(root, 'content/acts/05-the-new-fabric.mdx');
    const repeated = '<ScrollSection chart="divide" title="How far apart the realms begin">';
    writeFileSync(act5, readFileSync(act5, 'utf8').replace('<ScrollSection chart="divide" title="The gap between the realms closes, mostly">', repeated));
    let act1 = '';
    let act5Html = '';
    const { status, output } = build(root, (dist) => {
      act1 = readFileSync(join(dist, 'acts/the-split/index.html'), 'utf8');
      act5Html = readFileSync(join(dist, 'acts/the-new-fabric/index.html'), 'utf8');
    });
    expect(status, output.slice(-1200)).toBe(0);
    const fifth = figureNumbers(act5Html);
    expect(fifth[0]).toBe('Figure 5.1.');
    expect(fifth.every((n) => n?.startsWith('Figure 5.'))).toBe(true);
    expect(new Set(fifth).size).toBe(fifth.length);
    expect(figureNumbers(act1)[0]).toBe('Figure 1.1.');
  });
});
