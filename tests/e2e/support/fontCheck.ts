// Fonts a page loads, checked in Chromium over the built site: the bytes of font files (at most
// 60 KB), and every character the page shows drawn by the web font its element asks for (a
// character missing from the subset would fall back to another typeface mid-word). Watch the page
// before it loads, check it once it has.
import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fontCodePoints } from '../../../src/site/fonts/fontCodePoints.ts';

const FONT_BUDGET = 60 * 1024;
/** Characters the content uses that no @fontsource file of the family carries (they come with
 *  Google Fonts' separate symbol subsets, which @fontsource does not ship): they fall back, with or
 *  without subsetting. A character not listed here fails the test. */
const NOT_IN_FONTSOURCE = new Map([[0x2192, 'RIGHTWARDS ARROW']]);

const distFile = (url: string) => `dist${new URL(url).pathname.replace(/^.*?\/_astro\//, '/_astro/')}`;
const cmaps = new Map<string, Promise<Set<number>>>();
const cmapOf = (file: string) => cmaps.get(file) ?? cmaps.set(file, fontCodePoints(readFileSync(file))).get(file)!;

interface Run {
  family: string;
  weight: string;
  style: string;
  text: string;
}

/** Text of the page grouped by the face its element asks for (first family of its font stack). */
function textByFace(page: Page): Promise<Run[]> {
  return page.evaluate(() => {
    const runs = new Map<string, { family: string; weight: string; style: string; text: string }>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, noscript, template')) continue;
      const style = getComputedStyle(element);
      const family = (style.fontFamily.split(',')[0] ?? '').trim().replace(/^"|"$/g, '');
      const key = `${family}|${style.fontWeight}|${style.fontStyle}`;
      const run = runs.get(key) ?? { family, weight: style.fontWeight, style: style.fontStyle, text: '' };
      run.text += node.textContent ?? '';
      runs.set(key, run);
    }
    return [...runs.values()];
  });
}

/** The files of each @font-face rule on the page: "family|weight|style" -> absolute URLs. */
function faceFiles(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const faces: Record<string, string[]> = {};
    for (const sheet of document.styleSheets) {
      for (const rule of sheet.cssRules) {
        if (!(rule instanceof CSSFontFaceRule)) continue;
        const urls = [...rule.style.getPropertyValue('src').matchAll(/url\("?([^")]+)"?\)/g)].map((m) => new URL(m[1] as string, sheet.href ?? location.href).href);
        if (urls.length === 0) continue;
        const family = rule.style.getPropertyValue('font-family').replace(/^"|"$/g, '');
        const key = `${family}|${rule.style.getPropertyValue('font-weight')}|${rule.style.getPropertyValue('font-style') || 'normal'}`;
        (faces[key] ??= []).push(...urls);
      }
    }
    return faces;
  });
}

/** The face CSS font matching picks for a weight among those a family has in a style (CSS Fonts 4,
 *  5.2: above 500, the nearest heavier then the nearest lighter; 400 tries 500 first). */
function matchWeight(wanted: number, available: number[]): number | undefined {
  if (available.includes(wanted)) return wanted;
  const heavier = available.filter((w) => w >= wanted).sort((a, b) => a - b);
  const lighter = available.filter((w) => w < wanted).sort((a, b) => b - a);
  if (wanted > 500) return heavier[0] ?? lighter[0];
  const lighterFirst = available.filter((w) => w <= wanted).sort((a, b) => b - a);
  if (wanted === 400 && available.includes(500)) return 500;
  return lighterFirst[0] ?? heavier[0];
}

/** Starts noting the font files the page loads; call before `page.goto`. The returned check runs
 *  once the page's fonts are ready. */
export function watchFonts(page: Page, path: string): () => Promise<void> {
  const loaded = new Set<string>();
  page.on('response', (response) => {
    if (response.url().endsWith('.woff2')) loaded.add(response.url());
  });
  return async () => {
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const bytes = [...loaded].reduce((sum, url) => sum + readFileSync(distFile(url)).length, 0);
    console.log(`/${path}: ${loaded.size} font files, ${bytes} bytes`);
    expect(loaded.size, `/${path}: font files loaded`).toBeGreaterThan(0);
    expect(bytes, `/${path}: bytes of font files`).toBeLessThanOrEqual(FONT_BUDGET);

    const faces = await faceFiles(page);
    const missing: string[] = [];
    for (const run of await textByFace(page)) {
      const weights = Object.keys(faces).filter((key) => key.startsWith(`${run.family}|`) && key.endsWith(`|${run.style}`)).map((key) => Number(key.split('|')[1]));
      const files = faces[`${run.family}|${matchWeight(Number(run.weight), weights)}|${run.style}`];
      if (!files) {
        missing.push(`${run.family} ${run.weight} ${run.style}: no @font-face for this face`);
        continue;
      }
      const drawn = new Set<number>();
      for (const url of files) for (const codePoint of await cmapOf(distFile(url))) drawn.add(codePoint);
      const lacking = new Set([...run.text].map((c) => c.codePointAt(0) as number).filter((c) => c > 0x20 && !drawn.has(c) && !NOT_IN_FONTSOURCE.has(c)));
      for (const c of lacking) missing.push(`${run.family} ${run.weight} ${run.style}: "${String.fromCodePoint(c)}" U+${c.toString(16).toUpperCase().padStart(4, '0')}`);
    }
    expect(missing, `/${path}: characters its web fonts do not draw`).toEqual([]);
  };
}
