// A small static server for the built site: serves dist/ under the site's base path, answers
// unknown paths with 404.html, and sends the cache headers a production host should send
// (hashed assets are immutable, pages revalidate). Never serves a file outside its root, and a
// hostile or malformed request gets its 4xx without stopping the server. Used by `npm start`,
// the e2e tests, the PDF renderer and the benchmark.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, realpathSync, statSync, type Stats } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { normaliseBase } from '../../src/site/base.ts';
import { isInside, requestTarget } from './requestTarget.ts';
import { byteRange } from './byteRange.ts';

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
  '.epub': 'application/epub+zip',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const REASONS: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 405: 'Method Not Allowed', 414: 'URI Too Long', 416: 'Range Not Satisfiable', 500: 'Internal Server Error' };

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
  const realRoot = realpathSync(root);

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(response, 405, { Allow: 'GET, HEAD' });
    const target = requestTarget(request.url ?? '/', base, root);
    if (!target.ok) {
      if (target.status !== 404) return refuse(response, target.status);
      // The base without its trailing slash is the site's front door.
      const bare = request.url?.split(/[?#]/)[0];
      if (bare === base.slice(0, -1)) return void response.writeHead(301, { Location: base }).end();
      return sendFile(request, response, join(root, '404.html'), 404, 'no-store');
    }
    let file = target.file;
    let stats = statOf(file);
    if (stats?.isDirectory()) {
      if (!target.rawPath.endsWith('/')) return void response.writeHead(301, { Location: `${target.rawPath}/` }).end();
      file = join(file, 'index.html');
      stats = statOf(file);
    }
    if (!stats?.isFile()) return sendFile(request, response, join(root, '404.html'), 404, 'no-store');
    // A symbolic link inside the root may still point out of it.
    if (!isInside(realRoot, realpathSync(file))) return refuse(response, 403);
    sendFile(request, response, file, 200, cacheControl(target.path));
  };

  const server = createServer((request, response) => {
    try {
      handle(request, response);
    } catch {
      if (response.headersSent) response.destroy();
      else refuse(response, 500);
    }
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

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

function refuse(response: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  const body = `${status} ${REASONS[status] ?? ''}\n`;
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body), 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(body);
}

function sendFile(request: IncomingMessage, response: ServerResponse, path: string, status: number, cache: string): void {
  const size = statSync(path).size;
  const type = TYPES[extname(path)] ?? 'application/octet-stream';
  const range = status === 200 ? byteRange(request.headers.range, size) : undefined;
  const headers: Record<string, string | number> = { 'Content-Type': type, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff', Vary: 'Accept-Encoding', 'Accept-Ranges': 'bytes' };
  if (range === 'unsatisfiable') return refuse(response, 416, { 'Content-Range': `bytes */${size}` });
  // Compress text as any production host does; fonts, PDFs and images are compressed already.
  const gzip = !range && /^(text\/|application\/(json|xml)|image\/svg)/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (gzip) headers['Content-Encoding'] = 'gzip';
  else if (range) Object.assign(headers, { 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': range.end - range.start + 1 });
  else headers['Content-Length'] = size;
  response.writeHead(range ? 206 : status, headers);
  if (request.method === 'HEAD') return void response.end();
  const stream = createReadStream(path, range ?? {});
  stream.on('error', () => response.destroy());
  if (gzip) stream.pipe(createGzip()).pipe(response);
  else stream.pipe(response);
}
