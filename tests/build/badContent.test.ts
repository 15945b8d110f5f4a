// Every kind of bad content fails the build with a message that names the file, the field, what
// was found and what was expected. Each case copies the real content, breaks one thing, and runs
// a real `astro build` of a scratch copy of the project, so the message checked is the one an
// author would see. (A whole copy: builds in one tree share its .astro/ state.)
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, scratchProject } from './support/scratchBuild.ts';

interface Case {
  name: string;
  /** Breaks one thing in a fresh copy of content/. */
  breakIt: (root: string) => void;
  expected: RegExp[];
}

const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
const editJson = (file: string, change: (data: any) => void) => edit(file, (text) => {
  const data = JSON.parse(text);
  change(data);
  return JSON.stringify(data, null, 2);
});

export const CASES: Case[] = [
  {
    name: 'an act whose frontmatter field has the wrong type',
    breakIt: (root) => edit(join(root, 'acts/02-dissonance.mdx'), (t) => t.replace(/^act: 2$/m, 'act: two')),
    expected: [/02-dissonance/, /act/, /number/, /string/],
  },
  {
    name: 'an act naming a realm that does not exist',
    breakIt: (root) => edit(join(root, 'acts/03-resonance.mdx'), (t) => t.replace(/^realms: \[/m, 'realms: [moon, ')),
    expected: [/03-resonance/, /realms\.0: expected one of "alterna", "glimmers", "seam", got "moon"/],
  },
  {
    name: 'two acts with the same number',
    breakIt: (root) => edit(join(root, 'acts/04-convergence.mdx'), (t) => t.replace(/^act: 4$/m, 'act: 3')),
    expected: [/04-convergence\.mdx: field "act": got 3, expected a number no other act uses \(.*03-resonance\.mdx has it too\)/],
  },
  {
    name: 'an act listing an unknown character',
    breakIt: (root) => edit(join(root, 'acts/01-the-split.mdx'), (t) => t.replace(/^characters: \[/m, 'characters: [nobody-here, ')),
    expected: [/01-the-split\.mdx: field "characters": got "nobody-here", expected one of .*elias-tran/],
  },
  {
    name: 'a step naming a scene that is not in the timeline',
    breakIt: (root) => edit(join(root, 'acts/02-dissonance.mdx'), (t) => t.replace('<Step scene="a2-elite-outrage">', '<Step scene="a2-no-such-scene">')),
    expected: [/02-dissonance\.mdx: scroll section \d, step \d: scene: got "a2-no-such-scene", expected a scene id from content\/data\/scenes\.json/],
  },
  {
    name: 'a divide value out of range',
    breakIt: (root) => editJson(join(root, 'data/divide.json'), (d) => (d.scenes['a3-crackdown'].trust = 140)),
    expected: [/data\/divide\.json: scenes\.a3-crackdown\.trust: got 140, expected a number <= 100/],
  },
  {
    name: 'a character arc point at an unknown scene',
    breakIt: (root) => editJson(join(root, 'data/arcs.json'), (d) => (d.characters['ivy-clarke'][0].scene = 'a0-prologue')),
    expected: [/data\/arcs\.json: characters\.ivy-clarke\[0\]\.scene: got "a0-prologue", expected a scene id from .*scenes\.json/],
  },
  {
    name: 'a link that outlives one of its nodes',
    breakIt: (root) =>
      editJson(join(root, 'data/fabric.json'), (d) => {
        const link = d.links.find((l: any) => l.source === 'loom' || l.target === 'loom');
        delete link.until;
      }),
    expected: [/data\/fabric\.json: links\[\d+\]\.until: got nothing, expected no later than when node "loom" ends/],
  },
  {
    name: 'a data file that is not valid JSON',
    breakIt: (root) => edit(join(root, 'data/scenes.json'), (t) => t.replace('[', '[,')),
    expected: [/data\/scenes\.json: got text that is not valid JSON .*, expected a JSON document/],
  },
  {
    name: 'a character without a colour token',
    breakIt: (root) => edit(join(root, 'characters/lyra-neumann.md'), (t) => t.replace(/^colour: lyra\n/m, '')),
    expected: [/lyra-neumann/, /colour/],
  },
];

describe('a build from bad content fails with a clear message', () => {
  it.each(CASES)('$name', ({ breakIt, expected }) => {
    const root = scratchProject();
    breakIt(join(root, 'content'));
    const { status, output } = build(root);
    expect(status).not.toBe(0);
    for (const pattern of expected) expect(output, output.slice(-1200)).toMatch(pattern);
  });

  it('and the untouched content builds (the cases fail for their one change)', () => {
    const { status, output } = build(scratchProject());
    expect(output).not.toMatch(/\[ERROR\]/);
    expect(status).toBe(0);
  });
});
