// The scroll markup of a chapter as its MDX parses: each <ScrollSection> with its attributes and
// the <Step>s inside it, and any <Step> standing outside a section. Reads the MDX tree (satteri,
// the parser the build itself uses), so tags in code, comments or prose are never mistaken for it.
import { mdxToMdast, type MdastNode } from 'satteri';

export interface MarkupStep {
  /** The step's `scene` attribute; undefined when it is missing or not a plain string. */
  scene: string | undefined;
}

export interface MarkupSection {
  chart: string | undefined;
  title: string | undefined;
  steps: MarkupStep[];
}

export interface ScrollMarkup {
  sections: MarkupSection[];
  /** Steps written outside any section, which no chart would follow. */
  strays: MarkupStep[];
}

type Jsx = Extract<MdastNode, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;

const isJsx = (node: MdastNode, name: string): node is Jsx =>
  (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name;

const childrenOf = (node: MdastNode): readonly MdastNode[] => ('children' in node ? node.children : []);

function attribute(node: Jsx, name: string): string | undefined {
  const found = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof found?.value === 'string' ? found.value : undefined;
}

function collectSteps(node: MdastNode, into: MarkupStep[]): void {
  for (const child of childrenOf(node)) {
    if (isJsx(child, 'Step')) into.push({ scene: attribute(child, 'scene') });
    collectSteps(child, into);
  }
}

/** Parses a chapter's MDX (frontmatter allowed). A parse error names `file` and the position. */
export function scrollMarkup(body: string, file = 'chapter'): ScrollMarkup {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { position: false });
  } catch (error) {
    throw new Error(`${file}: MDX: ${(error as Error).message}`, { cause: error });
  }
  const markup: ScrollMarkup = { sections: [], strays: [] };
  const walk = (node: MdastNode) => {
    for (const child of childrenOf(node)) {
      if (isJsx(child, 'ScrollSection')) {
        const section: MarkupSection = { chart: attribute(child, 'chart'), title: attribute(child, 'title'), steps: [] };
        collectSteps(child, section.steps);
        markup.sections.push(section);
      } else if (isJsx(child, 'Step')) {
        markup.strays.push({ scene: attribute(child, 'scene') });
        walk(child);
      } else walk(child);
    }
  };
  walk(tree);
  return markup;
}
