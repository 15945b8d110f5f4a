// WebKit through W3C WebDriver classic: WebKitWebDriver (Debian: webkit2gtk-driver) drives the
// MiniBrowser of libwebkit2gtk, which needs a display, so both run under xvfb-run (Debian: xvfb).
// A small typed client over the handful of endpoints the reading suite uses.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { EngineMissing, type EngineOptions, type EnginePage } from './engine.ts';

const DRIVER = '/usr/bin/WebKitWebDriver';
const XVFB_RUN = '/usr/bin/xvfb-run';
const MINIBROWSER = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'];
const PACKAGES = 'webkit2gtk-driver xvfb';

interface WebDriverReply<T> {
  value: T | { error: string; message: string };
}

export interface WebKitDriver {
  open(options: EngineOptions): Promise<EnginePage>;
  stop(): Promise<void>;
}

/** Starts WebKitWebDriver on `port`; each open() is one MiniBrowser session (one at a time). */
export async function startWebKitDriver(port: number): Promise<WebKitDriver> {
  const browser = MINIBROWSER.find((path) => existsSync(path));
  for (const [path, what] of [[DRIVER, 'WebKitWebDriver'], [XVFB_RUN, 'xvfb-run'], [browser, 'MiniBrowser']] as const) {
    if (!path || !existsSync(path)) throw new EngineMissing('webkit', PACKAGES, `${what} not found`);
  }
  // Its own process group, so stopping it ends Xvfb and MiniBrowser too.
  const child = spawn(XVFB_RUN, ['-a', '-s', '-screen 0 2600x1600x24', DRIVER, `--port=${port}`], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const collect = (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const base = `http://127.0.0.1:${port}`;
  await waitForDriver(base, child, output);
  return {
    open: (options) => openSession(base, browser as string, options),
    stop: () => stopGroup(child),
  };
}

async function waitForDriver(base: string, child: ChildProcess, output: string[]): Promise<void> {
  for (let i = 0; i < 100; i += 1) {
    if (child.exitCode !== null) throw new EngineMissing('webkit', PACKAGES, `WebKitWebDriver exited: ${output.join(' ')}`);
    try {
      const reply = (await (await fetch(`${base}/status`)).json()) as WebDriverReply<{ ready: boolean }>;
      if ('ready' in reply.value) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stopGroup(child);
  throw new EngineMissing('webkit', PACKAGES, 'WebKitWebDriver did not answer within 20 s');
}

function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    process.kill(-child.pid!, 'SIGTERM');
  });
}

async function call<T>(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${base}${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });
  const reply = (await response.json()) as WebDriverReply<T>;
  const value = reply.value as { error?: string; message?: string };
  if (value && typeof value === 'object' && 'error' in value && value.error) throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
  return reply.value as T;
}

async function openSession(base: string, binary: string, options: EngineOptions): Promise<EnginePage> {
  // With JavaScript off, the page's own scripts do not run; WebDriver's scripts still do.
  const args = ['--automation', ...(options.javaScript ? [] : ['--enable-javascript-markup=false'])];
  let session: { sessionId: string; capabilities: { browserVersion: string } };
  try {
    session = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary, args } } } });
  } catch (error) {
    throw new EngineMissing('webkit', PACKAGES, error);
  }
  const at = `/session/${session.sessionId}`;
  await call(base, 'POST', `${at}/timeouts`, { script: 120_000, pageLoad: 60_000 });

  const page: EnginePage = {
    engine: 'webkit',
    version: `WebKitGTK ${session.capabilities.browserVersion}`,
    goto: async (url) => {
      await call(base, 'POST', `${at}/url`, { url });
      if (options.javaScript) await page.evaluate(listenForErrors);
    },
    evaluate: async (fn, ...args) => {
      // Execute Async Script: the last argument is the callback; errors come back as values.
      const script = `const done = arguments[arguments.length - 1];
        Promise.resolve().then(() => (${fn.toString()}).apply(null, Array.prototype.slice.call(arguments, 0, -1)))
          .then((value) => done({ value }), (error) => done({ error: String(error && error.stack || error) }));`;
      const result = await call<{ value?: unknown; error?: string }>(base, 'POST', `${at}/execute/async`, { script, args });
      if (result.error) throw new Error(`in WebKit: ${result.error}`);
      return result.value as never;
    },
    setViewport: async (width, height) => {
      // The window rect includes the browser's frame: size it, measure, and correct once.
      // MiniBrowser's window has a minimum width (447 px here), so "phones" are that wide.
      // The page learns its new size a little after the driver answers: read it once it settles.
      const settledSize = async (): Promise<[number, number]> => {
        let last = [-1, -1];
        for (let tries = 0; tries < 40; tries += 1) {
          const now = (await page.evaluate(() => [window.innerWidth, window.innerHeight])) as [number, number];
          if (now[0] === last[0] && now[1] === last[1]) return now;
          last = now;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return last as [number, number];
      };
      await call(base, 'POST', `${at}/window/rect`, { width, height });
      const [innerWidth, innerHeight] = await settledSize();
      if (innerWidth !== width || innerHeight !== height) {
        await call(base, 'POST', `${at}/window/rect`, { width: Math.max(width, 2 * width - innerWidth), height: Math.max(height, 2 * height - innerHeight) });
      }
      const [finalWidth, finalHeight] = await settledSize();
      return { width: finalWidth as number, height: finalHeight as number };
    },
    takeConsoleErrors: async () => (options.javaScript ? page.evaluate(takeErrors) : []),
    close: async () => {
      await call(base, 'DELETE', at);
    },
  };
  return page;
}

// WebDriver classic has no console, and WebKitWebDriver keeps the browser's own console output
// to itself. So the page is listened to from the moment it has loaded: console.error calls,
// uncaught errors, rejected promises and CSP violations. What runs before that (the first
// island's hydration) is checked by the suite another way: every island must have hydrated.
type ErrorLog = { engineErrors?: string[] };

function listenForErrors(): void {
  const log = window as unknown as ErrorLog;
  if (log.engineErrors) return;
  const errors: string[] = [];
  log.engineErrors = errors;
  const original = console.error.bind(console);
  console.error = (...parts: unknown[]) => {
    errors.push(parts.map(String).join(' '));
    original(...parts);
  };
  // "ResizeObserver loop completed with undelivered notifications" is not a script error: the
  // spec has the browser report that some observations (here scrollama's, on a resize) wait for
  // the next frame. Chromium and Firefox keep it out of the console; WebKit only has this event.
  window.addEventListener('error', (event) => {
    if (!/^ResizeObserver loop/.test(event.message)) errors.push(`uncaught: ${event.message}`);
  });
  window.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  document.addEventListener('securitypolicyviolation', (event) => errors.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`));
}

function takeErrors(): string[] {
  const log = window as unknown as ErrorLog;
  return log.engineErrors?.splice(0) ?? [];
}
