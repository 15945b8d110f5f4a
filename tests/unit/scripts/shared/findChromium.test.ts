import { describe, expect, it } from 'vitest';
import { chromiumArgs, findChromium, NO_CHROMIUM_HELP, SYSTEM_CHROMIUM } from '../../../../scripts/shared/findChromium.ts';

const existing = (...paths: string[]) => (path: string) => paths.includes(path);
const managed = () => '/root/.cache/ms-playwright/chromium/chrome';

describe('findChromium', () => {
  it('prefers an explicit CHROMIUM_PATH', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/chrome' }, managed, existing('/opt/chrome', managed(), SYSTEM_CHROMIUM))).toEqual({
      path: '/opt/chrome',
      source: 'CHROMIUM_PATH',
    });
  });
  it('refuses a CHROMIUM_PATH that does not exist, naming it', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, managed, existing(SYSTEM_CHROMIUM))).toThrow('CHROMIUM_PATH: got "/nope"');
  });
  it('then takes a browser that Playwright manages', () => {
    expect(findChromium({}, managed, existing(managed(), SYSTEM_CHROMIUM))?.source).toBe('playwright');
  });
  it("then Debian's /usr/bin/chromium", () => {
    expect(findChromium({}, managed, existing(SYSTEM_CHROMIUM))).toEqual({ path: SYSTEM_CHROMIUM, source: 'system' });
  });
  it('survives Playwright not knowing its own browser path', () => {
    const broken = () => {
      throw new Error('not installed');
    };
    expect(findChromium({}, broken, existing(SYSTEM_CHROMIUM))?.source).toBe('system');
  });
  it('finds nothing when there is nothing, and the help names both ways to get one', () => {
    expect(findChromium({}, managed, existing())).toBeUndefined();
    expect(NO_CHROMIUM_HELP).toContain('apt-get install -y chromium');
    expect(NO_CHROMIUM_HELP).toContain('npx playwright install chromium');
  });
  it('adds --no-sandbox only for root', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
  });
});
