// End-to-end tests drive the built site (dist/, served by scripts/serve/cli.ts) in a real Chromium,
// found by scripts/shared/findChromium.ts. Run from the project root (npm run test:e2e).
import { defineConfig, chromium } from '@playwright/test';
import { findChromium, chromiumArgs, NO_CHROMIUM_HELP } from '../../scripts/shared/findChromium.ts';

const browser = findChromium(process.env, () => chromium.executablePath());
if (!browser) throw new Error(NO_CHROMIUM_HELP);

const port = Number(process.env['E2E_PORT'] ?? 4329);
const base = process.env['BASE_PATH'] ? `/${process.env['BASE_PATH'].replace(/^\/+|\/+$/g, '')}/` : '/';

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list'], ['./support/summaryReporter.ts']],
  timeout: 60_000,
  outputDir: '../../test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    browserName: 'chromium',
    launchOptions: { executablePath: browser.path, args: chromiumArgs(process.getuid?.() === 0) },
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve/cli.ts --port ${port}`,
    cwd: '../..',
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
