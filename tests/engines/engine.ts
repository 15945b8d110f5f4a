// What the reading suite needs from a browser, whatever drives it: open a page, run a function
// in it, size its viewport, and hear its console errors. Firefox and Chromium are driven through
// puppeteer-core (WebDriver BiDi and CDP), WebKit through W3C WebDriver classic (webkitDriver.ts).

export type EngineName = 'chromium' | 'firefox' | 'webkit';

export interface EnginePage {
  readonly engine: EngineName;
  /** Browser name and version as the browser reports it, for the suite's log. */
  readonly version: string;
  goto(url: string): Promise<void>;
  /** Runs `fn` in the page (its source is sent, so it must not close over test variables). */
  evaluate<A extends unknown[], R>(fn: (...args: A) => R | Promise<R>, ...args: A): Promise<Awaited<R>>;
  /** Sizes the layout viewport (innerWidth x innerHeight), not the window around it; returns the
   *  size reached, which a browser window's minimum size can make larger than asked. */
  setViewport(width: number, height: number): Promise<{ width: number; height: number }>;
  /** Console errors and uncaught exceptions since the last call. */
  takeConsoleErrors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface EngineOptions {
  /** false: the browser runs no script of the page's own (the reader has JavaScript off). */
  javaScript: boolean;
}

/** A browser that cannot start fails the suite, saying which Debian package provides it. */
export class EngineMissing extends Error {
  constructor(engine: EngineName, packages: string, cause: unknown) {
    const detail = cause instanceof Error ? cause.message.split('\n')[0] : String(cause);
    super(`${engine} could not start (${detail}). Install it with: apt-get install -y ${packages}`);
  }
}
