// A small static server for the built site: serves dist/ under the site's base path, answers
// unknown paths with 404.html, and sends the cache headers a production host should send
// (hashed assets are immutable, pages revalidate). Used by `npm start`, the e2e tests and the
// benchmark. Usage: node scripts/serve.ts [--port 4321] [--host 127.0.0.1] [--base /sub/path/]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { normaliseBase } from '../src/lib/normaliseBase.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function cacheControl(path: string): string {
  return path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env['PORT'] ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
    base: { type: 'string', default: process.env['BASE_PATH'] ?? '/' },
    root: { type: 'string', default: 'dist' },
  },
});
const root = resolve(values.root);
const base = normaliseBase(values.base);
if (!existsSync(join(root, 'index.html'))) {
  console.error(`${root}/index.html: not found. Build the site first (npm run build).`);
  process.exit(1);
}

function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base) && `${urlPath}/` !== base) return undefined;
  const rest = decodeURIComponent(urlPath.slice(base.length - 1) || '/');
  const candidate = normalize(join(root, rest));
  if (!candidate.startsWith(root)) return undefined;
  if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  const index = join(candidate, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (urlPath === base.slice(0, -1) || (!urlPath.endsWith('/') && !extname(urlPath) && fileFor(`${urlPath}/`))) {
    response.writeHead(301, { Location: `${urlPath}/` }).end();
    return;
  }
  const file = fileFor(urlPath);
  const status = file ? 200 : 404;
  const path = file ?? join(root, '404.html');
  response.writeHead(status, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Cache-Control': file ? cacheControl(urlPath) : 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  if (request.method === 'HEAD') response.end();
  else createReadStream(path).pipe(response);
}).listen(Number(values.port), values.host, () => {
  console.log(`Serving ${root} at http://${values.host}:${values.port}${base}`);
});
