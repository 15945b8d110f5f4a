// End-to-end tests drive the built site (dist/, served statically by `astro preview`) in a real
// Chromium, found by scripts/findChromium.ts.
import { defineConfig, chromium } from '@playwright/test';
import { findChromium, chromiumArgs, NO_CHROMIUM_HELP } from './scripts/findChromium.ts';

const browser = findChromium(process.env, () => chromium.executablePath());
if (!browser) throw new Error(NO_CHROMIUM_HELP);

const port = Number(process.env['E2E_PORT'] ?? 4329);
const base = process.env['BASE_PATH'] ? `/${process.env['BASE_PATH'].replace(/^\/+|\/+$/g, '')}/` : '/';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list'], ['./tests/e2e/support/summaryReporter.ts']] : [['list'], ['./tests/e2e/support/summaryReporter.ts']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: chromiumArgs(process.getuid?.() === 0) },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
