// Firefox through WebDriver BiDi and Chromium through CDP, both with puppeteer-core, which
// speaks each browser's own protocol to the Debian builds (no browser download).
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../../scripts/shared/findChromium.ts';
import { EngineMissing, type EngineName, type EngineOptions, type EnginePage } from './engine.ts';

const FIREFOX = '/usr/bin/firefox-esr';

export async function openFirefox(options: EngineOptions): Promise<EnginePage> {
  const path = process.env['FIREFOX_PATH'] ?? FIREFOX;
  if (!existsSync(path)) throw new EngineMissing('firefox', 'firefox-esr', `${path} not found`);
  // Firefox has no per-page switch for scripts over BiDi; the reader's preference is global.
  const browser = await launch('firefox', 'firefox-esr', () =>
    puppeteer.launch({ browser: 'firefox', executablePath: path, headless: true, extraPrefsFirefox: { 'javascript.enabled': options.javaScript } }),
  );
  return wrap('firefox', browser, await browser.newPage());
}

export async function openChromium(options: EngineOptions): Promise<EnginePage> {
  const choice = findChromium(process.env, () => undefined);
  if (!choice) throw new EngineMissing('chromium', 'chromium', 'no Chromium found');
  const browser = await launch('chromium', 'chromium', () =>
    puppeteer.launch({ browser: 'chrome', executablePath: choice.path, headless: true, args: chromiumArgs(process.getuid?.() === 0) }),
  );
  const page = await browser.newPage();
  await page.setJavaScriptEnabled(options.javaScript);
  return wrap('chromium', browser, page);
}

async function launch(engine: EngineName, packages: string, start: () => Promise<Browser>): Promise<Browser> {
  try {
    return await start();
  } catch (error) {
    throw new EngineMissing(engine, packages, error);
  }
}

async function wrap(engine: EngineName, browser: Browser, page: Page): Promise<EnginePage> {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error instanceof Error ? error.message : String(error)}`));
  page.setDefaultTimeout(60_000);
  return {
    engine,
    version: await browser.version(),
    goto: async (url) => {
      await page.goto(url, { waitUntil: 'load' });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])) as never,
    setViewport: async (width, height) => {
      await page.setViewport({ width, height });
      return { width, height };
    },
    takeConsoleErrors: async () => errors.splice(0),
    close: () => browser.close(),
  };
}
