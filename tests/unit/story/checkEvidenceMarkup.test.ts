import { describe, expect, it } from 'vitest';
import { mdxToMdast } from 'satteri';
import { checkEvidenceMarkup, type MarkupNode } from '../../../src/story/checkEvidenceMarkup.ts';

const rules = {
  documents: new Map([
    ['order-45-117', 2],
    ['charter', 5],
  ]),
  characters: new Map([
    ['bao-tran', 'witness'],
    ['elias-tran', 'protagonist'],
  ]),
  scenes: new Set(['a2-exhibition-opens']),
};
const FILE = 'content/acts/02-dissonance.mdx';
const check = (source: string) => checkEvidenceMarkup(FILE, 2, mdxToMdast(source) as MarkupNode, rules);

describe('checkEvidenceMarkup', () => {
  it('accepts known records, witnesses and scenes, and reports what the chapter uses', () => {
    const use = check(
      '## The depot\n\n<Dateline scene="a2-exhibition-opens" />\n\nText.\n\n<Document id="order-45-117" />\n\n<Testimony who="bao-tran" date="2145-06-15">\n\nQuote.\n\n</Testimony>\n',
    );
    expect(use).toEqual({ documents: ['order-45-117'], testimonies: [{ who: 'bao-tran', date: '2145-06-15' }], problems: [] });
  });
  it('names the file, line, tag and attribute for an unknown document', () => {
    expect(check('Text.\n\n<Document id="no-such-record" />\n').problems).toEqual([
      `${FILE} (line 3): <Document> id: got "no-such-record", expected a document id from content/documents/`,
    ]);
  });
  it('refuses a record of another act and a record placed twice', () => {
    expect(check('<Document id="charter" />\n\n<Document id="order-45-117" />\n\n<Document id="order-45-117" />\n').problems).toEqual([
      `${FILE} (line 1): <Document> id: got "charter", whose scene is in act 5, expected a document of act 2`,
      `${FILE} (line 5): <Document> id: got "order-45-117" a second time, expected each document once`,
    ]);
  });
  it('refuses testimony from an unknown person, from a character who is not a witness, and without a date', () => {
    const problems = check('<Testimony who="nobody" date="2145-06-15">\n\nQ.\n\n</Testimony>\n\n<Testimony who="elias-tran" date="15 June">\n\nQ.\n\n</Testimony>\n').problems;
    expect(problems).toEqual([
      `${FILE} (line 1): <Testimony> who: got "nobody", expected the id of a witness (content/characters/<id>.md with kind: witness)`,
      `${FILE} (line 7): <Testimony> who: got "elias-tran" (a protagonist), expected the id of a witness (content/characters/<id>.md with kind: witness)`,
      `${FILE} (line 7): <Testimony> date: got "15 June", expected a date as YYYY-MM-DD`,
    ]);
  });
  it('refuses a dateline with an unknown scene or none, even inside other markup', () => {
    expect(check('<Dateline scene="a9-nowhere" />\n\n> <Dateline />\n').problems).toEqual([
      `${FILE} (line 1): <Dateline> scene: got "a9-nowhere", expected a scene id from content/data/scenes.json`,
      `${FILE} (line 3): <Dateline> scene: got nothing, expected a scene id from content/data/scenes.json`,
    ]);
  });
});
