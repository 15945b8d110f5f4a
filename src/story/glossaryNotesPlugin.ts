// Markdown plugin for the chapters: wraps the first use of each glossary term in a chapter in a
// <GlossaryNote> (src/components/evidence/GlossaryNote.astro), which opens the definition in
// place. Authors mark nothing. Works on the chapter's tree; never inside headings, links, the
// chart steps, or the records and testimony the chapter quotes (their words are not ours to gloss).
// Fails the build when the glossary defines a term twice.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename } from 'node:path';
import { defineMdastPlugin, type MdastNode, type PluginFactoryContext } from 'satteri';
import { checkGlossary } from './checkGlossary.ts';
import { findGlossaryTerms, termMatcher, type GlossaryTerm } from './findGlossaryTerms.ts';

const GLOSSARY_FILE = 'content/data/glossary.json';

/** Where a term is left alone: the node types, and the components by name. */
const SKIP_TYPES = new Set(['heading', 'link', 'linkReference', 'inlineCode', 'code', 'yaml', 'mdxjsEsm', 'image', 'imageReference']);
const SKIP_COMPONENTS = new Set(['Step', 'Document', 'Testimony', 'Dateline', 'GlossaryNote']);

interface GlossaryEntry extends GlossaryTerm {
  definition: string;
}

export function readGlossary(file = GLOSSARY_FILE): GlossaryEntry[] {
  const entries = JSON.parse(readFileSync(file, 'utf8')) as GlossaryEntry[];
  const problems = checkGlossary(entries, file);
  if (problems.length > 0) throw new Error(`The glossary is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return entries;
}

type Node = MdastNode & { children?: Node[]; name?: string | null; value?: string };

function isSkipped(node: Node): boolean {
  if (SKIP_TYPES.has(node.type)) return true;
  const jsx = node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
  return jsx && SKIP_COMPONENTS.has(node.name ?? '');
}

/** Only chapters (content/acts/*.mdx) get notes; profiles and records are left as written. */
export function glossaryNotesPlugin(context: PluginFactoryContext) {
  return createGlossaryNotes(GLOSSARY_FILE)(context);
}

/** The plugin factory for a given glossary file (tests use fixtures). */
export const createGlossaryNotes = (glossaryFile: string) => (context: PluginFactoryContext) => {
  const path = context.fileURL ? fileURLToPath(context.fileURL) : '';
  if (context.sourceFormat !== 'mdx' || !/[\\/]content[\\/]acts[\\/][^\\/]+\.mdx$/.test(path)) return null;
  const chapter = basename(path, '.mdx');
  return defineMdastPlugin({
    name: 'glossary-notes',
    before(root, ctx) {
      const entries = readGlossary(glossaryFile);
      const byId = new Map(entries.map((e) => [e.id, e]));
      const matchers = entries.map(termMatcher);
      const used = new Set<string>();
      const visit = (node: Node) => {
        if (isSkipped(node)) return;
        if (node.type === 'text' && node.value) {
          const uses = findGlossaryTerms(node.value, matchers, used);
          if (uses.length > 0) ctx.replaceNode(node, splitText(node.value, uses, byId, chapter));
          return;
        }
        for (const child of node.children ?? []) visit(child);
      };
      visit(root as Node);
    },
  });
};

function splitText(text: string, uses: ReturnType<typeof findGlossaryTerms>, byId: Map<string, GlossaryEntry>, chapter: string): MdastNode[] {
  const parts: MdastNode[] = [];
  let at = 0;
  for (const use of uses) {
    const entry = byId.get(use.id)!;
    if (use.start > at) parts.push({ type: 'text', value: text.slice(at, use.start) });
    const attributes = { note: `gloss-${chapter}-${use.id}`, term: use.id, title: entry.term, definition: entry.definition };
    parts.push({
      type: 'mdxJsxTextElement',
      name: 'GlossaryNote',
      attributes: Object.entries(attributes).map(([name, value]) => ({ type: 'mdxJsxAttribute', name, value })),
      children: [{ type: 'text', value: text.slice(use.start, use.end) }],
    } as MdastNode);
    at = use.end;
  }
  if (at < text.length) parts.push({ type: 'text', value: text.slice(at) });
  return parts;
}
