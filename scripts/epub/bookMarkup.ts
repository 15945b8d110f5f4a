// Cleans a piece of a built page into markup an e-book may carry: static HTML and SVG only,
// attributes XML can name, no scripts, no hydration or scoping leftovers. Anything that cannot be
// turned into XHTML stops the build with the document and the element that caused it.
import type { Element, ElementContent, Properties } from 'hast';

const HTML_ELEMENTS = new Set(
  ('a abbr article aside b bdi bdo blockquote br caption cite code col colgroup data dd del dfn div dl dt em figcaption ' +
    'figure footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd li mark ol p pre q rp rt ruby s samp section small span ' +
    'strong sub sup table tbody td tfoot th thead time tr u ul var wbr').split(' '),
);
const SVG_ELEMENTS = new Set(
  ('svg g path circle ellipse line polyline polygon rect text tspan textPath defs clipPath mask linearGradient ' +
    'radialGradient stop pattern marker symbol use title desc').split(' '),
);
/** Interactive wrappers whose content reads as well without them: kept, the wrapper dropped. */
const UNWRAP = new Set(['details', 'main', 'nav']);
/** Controls of interactive wrappers, meaningless without them. */
const DROP = new Set(['summary']);
/** The site's own download links (to this e-book and the PDFs) and the documents' "#" links to
 *  themselves (for sharing a place on the web) have no place inside the book. */
const DROP_CLASS = new Set(['ebook-download', 'pdf-download', 'permalink']);

/** hast property names the site writes that have no meaning in the book. */
const DROP_PROPERTY = /^(dataAstro.*|dataStep|dataScene|dataNode|tabIndex|download)$/;
/** Name that an XML attribute may have after hast turns it back into an attribute. */
const XML_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*(:[A-Za-z_][A-Za-z0-9_.-]*)?$/;

export class BookMarkupError extends Error {}

function describe(element: Element, path: readonly string[]): string {
  const at = path.length ? ` inside ${path.join(' > ')}` : '';
  return `<${element.tagName}>${at}`;
}

function label(element: Element): string {
  const id = element.properties['id'];
  const cls = element.properties['className'];
  if (typeof id === 'string') return `${element.tagName}#${id}`;
  if (Array.isArray(cls) && cls.length) return `${element.tagName}.${cls.filter((c) => !String(c).startsWith('svelte-')).join('.')}`;
  return element.tagName;
}

function cleanProperties(element: Element, document: string, path: readonly string[]): Properties {
  const out: Properties = {};
  for (const [name, value] of Object.entries(element.properties)) {
    if (DROP_PROPERTY.test(name)) continue;
    if (/^on/i.test(name)) throw new BookMarkupError(`${document}: element ${describe(element, path)}: attribute "${name}": got an event handler, expected no JavaScript in the e-book`);
    if (name === 'className' && Array.isArray(value)) {
      const kept = value.map(String).filter((c) => !c.startsWith('svelte-'));
      if (kept.length) out[name] = kept;
      continue;
    }
    if (!/^[a-z]/i.test(name) || !XML_NAME.test(name.replace(/^(data|aria)(?=[A-Z])/, '$1-'))) {
      throw new BookMarkupError(`${document}: element ${describe(element, path)}: attribute "${name}": got a name XML cannot carry, expected an XML name`);
    }
    out[name] = value;
  }
  return out;
}

/** A copy of `nodes` fit for XHTML. `document` names the source in errors ("Act 2: Dissonance"). */
export function bookMarkup(nodes: readonly ElementContent[], document: string, path: readonly string[] = []): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'comment') continue;
    if (node.type === 'text') {
      out.push({ type: 'text', value: node.value });
      continue;
    }
    if (node.type !== 'element') continue;
    const name = node.tagName;
    const inside = [...path, label(node)];
    const classes = node.properties['className'];
    if (DROP.has(name) || (Array.isArray(classes) && classes.some((c) => DROP_CLASS.has(String(c))))) continue;
    if (UNWRAP.has(name)) {
      out.push(...bookMarkup(node.children, document, inside));
      continue;
    }
    if (!HTML_ELEMENTS.has(name) && !SVG_ELEMENTS.has(name)) {
      throw new BookMarkupError(
        `${document}: element ${describe(node, path)}: got an element that cannot be turned into XHTML for the e-book, expected static HTML or SVG (${name.includes('-') ? 'a custom element or island needs JavaScript' : 'no scripts, forms, media or embeds'})`,
      );
    }
    out.push({ type: 'element', tagName: name, properties: cleanProperties(node, document, path), children: bookMarkup(node.children, document, inside) });
  }
  return out;
}
