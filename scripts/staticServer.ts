// A small static server for the built site: serves dist/ under the site's base path, answers
// unknown paths with 404.html, and sends the cache headers a production host should send
// (hashed assets are immutable, pages revalidate). Used by `npm start`, the e2e tests, the PDF
// renderer and the benchmark.
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { normaliseBase } from '../src/lib/normaliseBase.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

export function cacheControl(path: string): string {
  return path.includes('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
}

export interface StaticServerOptions {
  root?: string;
  base?: string | undefined;
  port?: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  server: Server;
  close: () => Promise<void>;
}

export function startStaticServer(options: StaticServerOptions = {}): Promise<RunningServer> {
  const root = resolve(options.root ?? 'dist');
  const base = normaliseBase(options.base);
  const host = options.host ?? '127.0.0.1';
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root}/index.html: not found. Build the site first (npm run build).`);
  }

  const fileFor = (urlPath: string): string | undefined => {
    if (!urlPath.startsWith(base)) return undefined;
    const rest = decodeURIComponent(urlPath.slice(base.length - 1) || '/');
    const candidate = normalize(join(root, rest));
    if (!candidate.startsWith(root)) return undefined;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const index = join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  };

  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
    const needsSlash = urlPath === base.slice(0, -1) || (!urlPath.endsWith('/') && !extname(urlPath) && fileFor(`${urlPath}/`));
    if (needsSlash) {
      response.writeHead(301, { Location: `${urlPath}/` }).end();
      return;
    }
    const file = fileFor(urlPath);
    const path = file ?? join(root, '404.html');
    const type = TYPES[extname(path)] ?? 'application/octet-stream';
    // Compress text as any production host does; fonts, PDFs and images are compressed already.
    const gzip = /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    response.writeHead(file ? 200 : 404, {
      'Content-Type': type,
      'Cache-Control': file ? cacheControl(urlPath) : 'no-store',
      'X-Content-Type-Options': 'nosniff',
      Vary: 'Accept-Encoding',
      ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else if (gzip) createReadStream(path).pipe(createGzip()).pipe(response);
    else createReadStream(path).pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : options.port;
      resolvePromise({
        url: `http://${host}:${port}${base}`,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
