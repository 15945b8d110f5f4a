// Runs Lighthouse (its default config: mobile, simulated throttling, one pass) on one page in a
// fresh headless Chromium started by chrome-launcher, and returns the four scores and the audits
// that cost points. Never throws: a Lighthouse that cannot run comes back as { error }.
import lighthouse from 'lighthouse';
import { launch, type LaunchedChrome } from 'chrome-launcher';
import { CATEGORIES, failedAudits, scoresOf } from './scores.ts';
import type { LighthouseOutcome } from './result.ts';

const RUN_TIMEOUT_MS = 120_000;

export async function runLighthouse(url: string, chromePath: string, chromeFlags: readonly string[]): Promise<LighthouseOutcome> {
  let chrome: LaunchedChrome | undefined;
  let timer: NodeJS.Timeout | undefined;
  try {
    // chrome-launcher reads CHROME_PATH when it looks for a browser itself; set it as well.
    process.env['CHROME_PATH'] = chromePath;
    chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...chromeFlags], logLevel: 'silent' });
    const run = lighthouse(url, { port: chrome.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result) return { error: 'Lighthouse returned no result' };
    const { lhr } = result;
    if (lhr.runtimeError) return { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` };
    return { scores: scoresOf(lhr), failed: failedAudits(lhr) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
    chrome?.kill();
  }
}
