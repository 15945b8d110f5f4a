// Sorts the responses a page received into JS, CSS, HTML, fonts and the rest, and adds up their
// bytes as served and gzipped here (level 9, as a careful static host would send them).
// Pure: bodies come in as buffers; no browser, no files.
import { gzipSync } from 'node:zlib';

export type ResourceKind = 'js' | 'css' | 'html' | 'font' | 'other';

export interface Resource {
  url: string;
  contentType: string;
  body: Uint8Array;
}

export interface Bytes {
  raw: number;
  gz: number;
}

export type ByteTally = Record<ResourceKind, Bytes>;

export function kindOf(url: string, contentType: string): ResourceKind {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const ext = /\.([a-z0-9]+)$/i.exec(new URL(url).pathname)?.[1]?.toLowerCase() ?? '';
  if (type === 'text/javascript' || type === 'application/javascript' || ext === 'js' || ext === 'mjs') return 'js';
  if (type === 'text/css' || ext === 'css') return 'css';
  if (type === 'text/html') return 'html';
  if (type.startsWith('font/') || ['woff2', 'woff', 'ttf', 'otf'].includes(ext)) return 'font';
  return 'other';
}

export function gzippedSize(body: Uint8Array): number {
  return body.length === 0 ? 0 : gzipSync(body, { level: 9 }).length;
}

/** Each URL counts once, however often it was fetched: the size a reader downloads. */
export function tallyBytes(resources: readonly Resource[]): ByteTally {
  const tally: ByteTally = { js: zero(), css: zero(), html: zero(), font: zero(), other: zero() };
  const seen = new Set<string>();
  for (const resource of resources) {
    if (seen.has(resource.url)) continue;
    seen.add(resource.url);
    const bucket = tally[kindOf(resource.url, resource.contentType)];
    bucket.raw += resource.body.length;
    bucket.gz += gzippedSize(resource.body);
  }
  return tally;
}

/** A request leaves the site when its origin is not the site's; data: and blob: URLs stay home. */
export function isThirdParty(url: string, siteOrigin: string): boolean {
  if (/^(data|blob|about):/.test(url)) return false;
  return new URL(url).origin !== siteOrigin;
}

function zero(): Bytes {
  return { raw: 0, gz: 0 };
}
