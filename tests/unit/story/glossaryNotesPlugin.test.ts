import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { mdxToJs } from 'satteri';
import { createGlossaryNotes } from '../../../src/story/glossaryNotesPlugin.ts';

const plugin = createGlossaryNotes('tests/fixtures/evidence/glossary.json');
const chapter = pathToFileURL(resolve('content/acts/02-dissonance.mdx'));
const compile = (source: string, fileURL = chapter, glossary = plugin) => mdxToJs(source, { mdastPlugins: [glossary], fileURL }).code;
const notes = (code: string) => [...code.matchAll(/_jsx\(GlossaryNote, \{\s*note: "([^"]+)"/g)].map((m) => m[1]);

describe('glossaryNotesPlugin', () => {
  it('wraps the first use of each term in a chapter, and only the first', () => {
    const code = compile('The Loom hummed.\n\nThe Loom again, and a lace.\n');
    expect(notes(code)).toEqual(['gloss-02-dissonance-loom', 'gloss-02-dissonance-lace']);
    expect(code).toContain('definition: "The hub every connection runs through."');
    expect(code).toContain('title: "The Loom"');
  });
  it('leaves headings, links, chart steps, records, testimony and datelines alone', () => {
    const code = compile(
      '## The Loom\n\n[the Loom](/about/)\n\n<Step scene="x">\n\nThe Loom.\n\n</Step>\n\n<Testimony who="w" date="2145-01-01">\n\nThe Loom.\n\n</Testimony>\n\nAt last the Loom.\n',
    );
    expect(notes(code)).toEqual(['gloss-02-dissonance-loom']);
    expect(code).toMatch(/"At last the ",\s*_jsx\(GlossaryNote/);
  });
  it('glosses words inside emphasis and lists', () => {
    expect(notes(compile('- *the Gradient Ledger* was leaked\n'))).toEqual(['gloss-02-dissonance-gradient-ledger']);
  });
  it('leaves files other than chapters as written', () => {
    const profile = pathToFileURL(resolve('content/characters/elias-tran.md'));
    expect(notes(compile('The Loom.\n', profile))).toEqual([]);
  });
  it('fails naming the glossary file, the entry and the id when a term is defined twice', () => {
    const twice = createGlossaryNotes('tests/fixtures/evidence/glossary-twice.json');
    expect(() => compile('The Loom.\n', chapter, twice)).toThrow(
      'tests/fixtures/evidence/glossary-twice.json: [2].id: got "loom", expected an id no other term uses ([0] defines it already)',
    );
  });
});
