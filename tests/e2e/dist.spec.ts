// Checks over the built files themselves: valid HTML, no broken internal reference, the sitemap
// and canonical addresses built from the site's address.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { StaticConfigLoader, HtmlValidate } from 'html-validate';
import { htmlValidateConfig } from './support/htmlValidateConfig.ts';
import { brokenLinks, filesUnder } from './support/distLinks.ts';

test('every built page is valid HTML (html-validate)', async () => {
  const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));
  const problems: string[] = [];
  for (const file of filesUnder('dist', '.html')) {
    const report = await validator.validateFile(file);
    for (const result of report.results) for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  expect(problems).toEqual([]);
});

test('every internal link, asset, font and fragment in dist/ resolves', () => {
  expect(brokenLinks('dist', '/')).toEqual([]);
});

test('the checker does catch a broken link (so a pass means something)', () => {
  const page = filesUnder('dist', '.html')[0] as string;
  expect(readFileSync(page, 'utf8')).toContain('href=');
  expect(brokenLinks('dist', '/elsewhere/').length).toBeGreaterThan(0);
});
