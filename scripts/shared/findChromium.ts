// Finds the Chromium that tests and PDF rendering drive, in this order: the CHROMIUM_PATH
// environment variable, a browser that Playwright manages, Debian's /usr/bin/chromium. With none,
// says how to get one. The file-system check is injectable so the order can be unit-tested.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export interface ChromiumChoice {
  path: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system';
}

export const NO_CHROMIUM_HELP = [
  'No Chromium found for the browser tests and PDFs. Either:',
  '  - install Debian\'s Chromium: apt-get install -y chromium   (it lands at /usr/bin/chromium), or',
  '  - install Playwright\'s own browser: npx playwright install chromium, or',
  '  - point CHROMIUM_PATH at a Chromium or Chrome executable.',
].join('\n');

export function findChromium(
  env: Record<string, string | undefined>,
  playwrightPath: () => string | undefined,
  exists: (path: string) => boolean = existsSync,
): ChromiumChoice | undefined {
  const explicit = env['CHROMIUM_PATH'];
  if (explicit) {
    if (!exists(explicit)) throw new Error(`CHROMIUM_PATH: got "${explicit}", expected the path of a Chromium executable that exists`);
    return { path: explicit, source: 'CHROMIUM_PATH' };
  }
  const managed = safely(playwrightPath);
  if (managed && exists(managed)) return { path: managed, source: 'playwright' };
  if (exists(SYSTEM_CHROMIUM)) return { path: SYSTEM_CHROMIUM, source: 'system' };
  return undefined;
}

function safely(read: () => string | undefined): string | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

/** Flags for headless runs here: root needs --no-sandbox; the rest keep Chromium off the network. */
export function chromiumArgs(isRoot: boolean): string[] {
  const quiet = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
  return isRoot ? ['--no-sandbox', ...quiet] : quiet;
}
