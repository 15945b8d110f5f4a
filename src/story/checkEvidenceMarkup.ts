// Checks the evidence tags an author wrote in a chapter (<Document>, <Testimony>, <Dateline>)
// against the collections, on the chapter's Markdown tree: each names a known record, witness or
// scene. Errors name the chapter file, the tag and attribute, what was found and what was
// expected. Pure: a parsed tree and the known ids in, problems out.

/** The slice of an mdast node this check reads (satteri's mdxToMdast output). */
export interface MarkupNode {
  type: string;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly MarkupNode[];
  position?: { start: { line: number } };
}

export interface EvidenceRules {
  /** Document id -> the act of its scene. */
  documents: ReadonlyMap<string, number>;
  /** Character id -> kind ("witness", "protagonist"...). */
  characters: ReadonlyMap<string, string>;
  scenes: ReadonlySet<string>;
}

export interface EvidenceUse {
  /** Documents placed in this chapter, in order. */
  documents: string[];
  /** Witnesses quoted in this chapter, with the date of each testimony. */
  testimonies: { who: string; date: string }[];
  problems: string[];
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function attribute(node: MarkupNode, name: string): string | undefined {
  const found = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

const quote = (value: string | undefined) => (value === undefined ? 'nothing' : `"${value}"`);

export function checkEvidenceMarkup(file: string, act: number, tree: MarkupNode, rules: EvidenceRules): EvidenceUse {
  const use: EvidenceUse = { documents: [], testimonies: [], problems: [] };
  const report = (node: MarkupNode, text: string) => {
    const line = node.position ? ` (line ${node.position.start.line})` : '';
    use.problems.push(`${file}${line}: ${text}`);
  };
  const visit = (node: MarkupNode) => {
    const isJsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
    if (isJsx && node.name === 'Document') {
      const id = attribute(node, 'id');
      const docAct = id === undefined ? undefined : rules.documents.get(id);
      if (docAct === undefined) report(node, `<Document> id: got ${quote(id)}, expected a document id from content/documents/`);
      else if (docAct !== act) report(node, `<Document> id: got "${id}", whose scene is in act ${docAct}, expected a document of act ${act}`);
      else if (use.documents.includes(id!)) report(node, `<Document> id: got "${id}" a second time, expected each document once`);
      if (docAct !== undefined) use.documents.push(id!);
    } else if (isJsx && node.name === 'Testimony') {
      const who = attribute(node, 'who');
      const kind = who === undefined ? undefined : rules.characters.get(who);
      if (kind !== 'witness') {
        const got = kind === undefined ? quote(who) : `"${who}" (a ${kind})`;
        report(node, `<Testimony> who: got ${got}, expected the id of a witness (content/characters/<id>.md with kind: witness)`);
      }
      const date = attribute(node, 'date');
      if (date === undefined || !ISO_DATE.test(date)) report(node, `<Testimony> date: got ${quote(date)}, expected a date as YYYY-MM-DD`);
      else if (kind === 'witness') use.testimonies.push({ who: who!, date });
    } else if (isJsx && node.name === 'Dateline') {
      const scene = attribute(node, 'scene');
      if (scene === undefined || !rules.scenes.has(scene)) report(node, `<Dateline> scene: got ${quote(scene)}, expected a scene id from content/data/scenes.json`);
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return use;
}
