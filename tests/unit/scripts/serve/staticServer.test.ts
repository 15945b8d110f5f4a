import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { startStaticServer, type RunningServer } from '../../../../scripts/serve/staticServer.ts';
import { rawRequest } from './rawRequest.ts';

// A built site in dist/ with a secret folder beside it whose name starts like the root's
// ("dist-secret"), the case a string-prefix containment check lets through.
const SECRET = 'the secret beside dist';
const PAGE = `<!doctype html><title>Act</title>${'<p>The Glimmers flicker on a rationed supply.</p>'.repeat(40)}`;
// Made before the table below is, so its absolute-path row can name the secret's real path.
const folder = mkdtempSync(join(tmpdir(), 'nf-static-server-'));
let server: RunningServer;
let origin = '';

function makeSite(root: string): void {
  mkdirSync(join(root, 'acts/the-split'), { recursive: true });
  mkdirSync(join(root, '_astro'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Contents</title>');
  writeFileSync(join(root, '404.html'), '<!doctype html><title>Not found</title>');
  writeFileSync(join(root, 'acts/the-split/index.html'), PAGE);
  writeFileSync(join(root, '_astro/island.Ab12Cd.js'), 'export const island = 1;\n');
  writeFileSync(join(root, 'chapter.pdf'), Buffer.from('%PDF-1.7 0123456789'));
}

async function serve(base: string): Promise<RunningServer> {
  return startStaticServer({ root: join(folder, 'dist'), base, port: 0 });
}

beforeAll(async () => {
  makeSite(join(folder, 'dist'));
  mkdirSync(join(folder, 'dist-secret'));
  writeFileSync(join(folder, 'dist-secret/x.txt'), SECRET);
  symlinkSync(join(folder, 'dist-secret'), join(folder, 'dist/linked-out'));
  server = await serve('/');
  origin = new URL(server.url).origin;
});

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const get = (target: string, headers: Record<string, string> = {}, method = 'GET') => rawRequest(origin, method, target, headers);

describe('the static server refuses hostile requests and keeps serving', () => {
  const hostile: [what: string, method: string, target: string, status: number][] = [
    ['a path escaping the root through an encoded slash', 'GET', '/..%2fdist-secret/x.txt', 400],
    ['an encoded slash in upper case', 'GET', '/..%2Fdist-secret/x.txt', 400],
    ['an encoded backslash', 'GET', '/..%5cdist-secret/x.txt', 400],
    ['a literal backslash', 'GET', '/..\\dist-secret\\x.txt', 400],
    ['a malformed percent-escape (truncated UTF-8)', 'GET', '/%E0%A4%A', 400],
    ['a lone percent sign', 'GET', '/acts/%', 400],
    ['an escape that is not UTF-8', 'GET', '/%C0%AE%C0%AE/dist-secret/x.txt', 400],
    ['an encoded NUL byte', 'GET', '/index.html%00.txt', 400],
    ['a literal dot-dot segment', 'GET', '/../dist-secret/x.txt', 403],
    ['a dot-dot segment deeper in', 'GET', '/acts/../../dist-secret/x.txt', 403],
    ['dot-dot encoded as %2e%2e', 'GET', '/%2e%2e/dist-secret/x.txt', 403],
    ['dot-dot half encoded', 'GET', '/.%2E/dist-secret/x.txt', 403],
    ['dot-dot encoded twice (%252e, served as a literal name)', 'GET', '/%252e%252e/dist-secret/x.txt', 404],
    ['an absolute path after the root (//tmp/…)', 'GET', `/${join(folder, 'dist-secret/x.txt')}`, 403],
    ['an absolute-form target with dot-dot', 'GET', 'http://127.0.0.1/../dist-secret/x.txt', 403],
    ['a symbolic link that leads outside the root', 'GET', '/linked-out/x.txt', 403],
    ['an overlong path', 'GET', `/${'a/'.repeat(2000)}`, 414],
    ['POST', 'POST', '/', 405],
    ['PUT', 'PUT', '/index.html', 405],
    ['DELETE', 'DELETE', '/index.html', 405],
    ['OPTIONS', 'OPTIONS', '/', 405],
  ];

  for (const [what, method, target, status] of hostile) {
    test(`${what}: ${method} ${target.length > 60 ? `${target.slice(0, 24)}…` : target.replace(folder, "<tmp>")} gets ${status}, never the file`, async () => {
      const response = await get(target, {}, method);
      expect(response.status).toBe(status);
      expect(response.body.toString()).not.toContain(SECRET);
      if (status === 405) expect(response.headers['allow']).toBe('GET, HEAD');
      const after = await get('/');
      expect(after.status).toBe(200);
    });
  }
});

describe('the static server serves the site as a production host would', () => {
  test('pages are found through their folder, revalidate, and come gzipped when asked', async () => {
    const response = await get('/acts/the-split/', { 'Accept-Encoding': 'gzip, br' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('public, max-age=0, must-revalidate');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(gunzipSync(response.body).toString()).toBe(PAGE);
  });

  test('hashed assets are immutable; without Accept-Encoding they come as they are', async () => {
    const response = await get('/_astro/island.Ab12Cd.js');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.body.toString()).toBe('export const island = 1;\n');
  });

  test('a folder without its trailing slash is redirected to it', async () => {
    const response = await get('/acts/the-split');
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe('/acts/the-split/');
  });

  test('an unknown path gets the 404 page with status 404 and no caching', async () => {
    const response = await get('/no/such/page/');
    expect(response.status).toBe(404);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.toString()).toContain('<title>Not found</title>');
  });

  test('HEAD answers with the headers of GET and no body', async () => {
    const response = await get('/acts/the-split/', {}, 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(PAGE)));
    expect(response.body.length).toBe(0);
  });

  test('a byte range gets 206 with that slice; a range past the end gets 416', async () => {
    const slice = await get('/chapter.pdf', { Range: 'bytes=9-13' });
    expect(slice.status).toBe(206);
    expect(slice.headers['content-range']).toBe('bytes 9-13/19');
    expect(slice.body.toString()).toBe('01234');
    const tail = await get('/chapter.pdf', { Range: 'bytes=-4' });
    expect(tail.body.toString()).toBe('6789');
    const past = await get('/chapter.pdf', { Range: 'bytes=500-' });
    expect(past.status).toBe(416);
    expect(past.headers['content-range']).toBe('bytes */19');
  });

  test('under a base path, the base without its slash redirects and paths outside it get 404', async () => {
    const sub = await startStaticServer({ root: join(folder, 'dist'), base: '/stories/neural-fabric/', port: 0 });
    try {
      const subOrigin = new URL(sub.url).origin;
      const bare = await rawRequest(subOrigin, 'GET', '/stories/neural-fabric');
      expect(bare.status).toBe(301);
      expect(bare.headers['location']).toBe('/stories/neural-fabric/');
      expect((await rawRequest(subOrigin, 'GET', '/stories/neural-fabric/acts/the-split/')).status).toBe(200);
      expect((await rawRequest(subOrigin, 'GET', '/acts/the-split/')).status).toBe(404);
      expect((await rawRequest(subOrigin, 'GET', '/stories/neural-fabric/..%2f..%2fdist-secret/x.txt')).status).toBe(400);
    } finally {
      await sub.close();
    }
  });
});
