// Turns HTML trees into XML text: hast to xast (which puts XHTML and SVG in their namespaces),
// then xast to text, then parses that text back as XML, so nothing leaves here that an e-reader's
// XML parser would refuse.
import { toXast } from 'hast-util-to-xast';
import { toXml } from 'xast-util-to-xml';
import { fromXml } from 'xast-util-from-xml';
import type { Root as HastRoot } from 'hast';
import type { Root as XastRoot } from 'xast';

const DECLARATION = { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' } as const;

/** Serialise and prove well-formed; `name` says which file in the error. */
export function xmlText(tree: XastRoot, name: string): string {
  const text = toXml(tree, { closeEmptyElements: true });
  try {
    fromXml(text);
  } catch (error) {
    throw new Error(`${name}: got markup that is not well-formed XML (${(error as Error).message}), expected XHTML`);
  }
  return text;
}

export function xhtmlText(page: HastRoot, name: string): string {
  const xast = toXast(page, { space: 'html' }) as XastRoot;
  return xmlText({ type: 'root', children: [DECLARATION, { type: 'doctype', name: 'html' }, ...xast.children] }, name);
}

export function svgText(image: HastRoot, name: string): string {
  const xast = toXast(image, { space: 'svg' }) as XastRoot;
  return xmlText({ type: 'root', children: [DECLARATION, ...xast.children] }, name);
}
