// The evidence layer as a reader meets it: records as real text with names for assistive
// technology, the archive in date order, datelines, testimony, and glossary notes that open
// in place with the keyboard and without JavaScript, and print as margin notes.
import { expect, test, type Page } from '@playwright/test';
import { actPaths } from './support/pages.ts';
import { documentFiles } from './support/documents.ts';

async function chapterWith(page: Page, selector: string): Promise<string> {
  for (const path of actPaths) {
    await page.goto(path);
    if ((await page.locator(selector).count()) > 0) return path;
  }
  throw new Error(`no chapter has ${selector}`);
}

test('every record is a figure named by its kind and title and described by its date and source', async ({ page }) => {
  let seen = 0;
  for (const path of actPaths) {
    await page.goto(path);
    for (const doc of documentFiles) {
      const figure = page.locator(`#doc-${doc.id}`);
      if ((await figure.count()) === 0) continue;
      seen += 1;
      await expect(figure).toBeVisible();
      await expect(page.getByRole('figure', { name: doc.title })).toHaveAttribute('id', `doc-${doc.id}`);
      await expect(figure).toHaveAccessibleName(new RegExp(`^\\S.* ${doc.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      await expect(figure).toHaveAccessibleDescription(/\d{1,2} \w+ 21\d\d.*Source: \S/);
      await expect(figure.locator(`figcaption time[datetime="${doc.date}"]`)).toHaveCount(1);
    }
  }
  expect(seen).toBe(documentFiles.length);
});

test('a record\'s words are text a reader can select and find', async ({ page }) => {
  await chapterWith(page, '.document');
  const paragraph = page.locator('.document .text p, .document .text td').first();
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click({ clickCount: 3 });
  const selected = await page.evaluate(() => window.getSelection()?.toString().trim() ?? '');
  const words = (await paragraph.innerText()).trim();
  expect(words.length).toBeGreaterThan(3);
  expect(selected).toContain(words.slice(0, 20));
});

test('the archive lists every record in date order and each link lands on the record', async ({ page }) => {
  await page.goto('archive/');
  const entries = page.locator('.archive > li');
  await expect(entries).toHaveCount(documentFiles.length);
  const dates = await entries.locator('.when time').evaluateAll((times) => times.map((t) => t.getAttribute('datetime') ?? ''));
  expect(dates).toEqual([...dates].sort());
  expect(dates.sort()).toEqual(documentFiles.map((d) => d.date).sort());
  const count = await entries.count();
  for (const n of new Set([0, count - 1])) {
    await page.goto('archive/');
    const link = entries.nth(n).locator('.title a');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/\/acts\/[a-z-]+\/#doc-[a-z0-9-]+$/);
    await link.click();
    // The page scrolls smoothly to the record where motion is allowed: give it time to arrive.
    await expect(page.locator(`#${href.split('#')[1]}`)).toBeInViewport({ timeout: 15_000 });
  }
});

test('the archive and the glossary are linked from every page\'s footer', async ({ page }) => {
  await page.goto('');
  const footer = page.locator('.site-footer');
  await footer.getByRole('link', { name: 'Archive' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The archive');
  await page.locator('.site-footer').getByRole('link', { name: 'Glossary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Glossary');
});

test('datelines give a scene its day, as a machine-readable date, and its place', async ({ page }) => {
  await chapterWith(page, '.dateline');
  for (const dateline of await page.locator('.dateline').all()) {
    await expect(dateline.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    await expect(dateline).toHaveText(/^\d{1,2} [A-Z][a-z]+ 21\d\d · \S.+$/);
  }
});

test('testimony names the witness, their role, place and the day, and links to their profile', async ({ page }) => {
  const path = await chapterWith(page, '.testimony');
  const card = page.getByRole('figure', { name: /^Testimony of .+, \d{1,2} \w+ 21\d\d$/ }).first();
  await expect(card.locator('blockquote')).not.toBeEmpty();
  const name = card.locator('figcaption .name');
  const who = (await name.innerText()).trim();
  await name.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(who, 'i'));
  await expect(page.locator('.kicker').first()).toHaveText(/^Witness/);
  await expect(page.locator('.testimony-list a[href*="/acts/"]').first()).toHaveAttribute('href', new RegExp(`/${path}$`));
});

/** The expanded state Chromium itself reports to assistive technology for a button (the popover invoker sets it; no ARIA attribute in the page). */
async function expandedInBrowser(page: Page, name: string): Promise<boolean | undefined> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[] };
  const button = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  return button?.properties?.find((p) => p.name === 'expanded')?.value.value as boolean | undefined;
}

test.describe('glossary notes without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the first use of a term opens its definition in place with the keyboard, and Escape closes it', async ({ page }) => {
    await page.goto(actPaths[0] as string);
    const term = page.locator('.gloss-term').first();
    const note = page.locator(`#${await term.getAttribute('popovertarget')}`);
    await expect(note).toBeHidden();
    await term.focus();
    await page.keyboard.press('Enter');
    await expect(note).toBeVisible();
    expect(await expandedInBrowser(page, await term.innerText())).toBe(true);
    await expect(note.locator('dfn')).not.toBeEmpty();
    await expect(note).toHaveAccessibleName(/^Glossary: /);
    // In place: just below the term, or just above it where the viewport has no room below.
    const [t, n] = [(await term.boundingBox())!, (await note.boundingBox())!];
    const gap = n.y >= t.y ? n.y - (t.y + t.height) : t.y - (n.y + n.height);
    expect(gap).toBeGreaterThanOrEqual(0);
    expect(gap).toBeLessThan(24);
    await page.keyboard.press('Escape');
    await expect(note).toBeHidden();
    expect(await expandedInBrowser(page, await term.innerText())).toBe(false);
    await expect(term).toBeFocused();
  });
});

test('each term is glossed once per chapter, never in headings, links, steps, records or testimony', async ({ page }) => {
  for (const path of actPaths) {
    await page.goto(path);
    const targets = await page.locator('.gloss-term').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('popovertarget')));
    expect(targets.length, path).toBeGreaterThan(0);
    expect(new Set(targets).size, path).toBe(targets.length);
    await expect(page.locator(':is(h1, h2, h3, a, .step, .document, .testimony, .dateline) .gloss-term')).toHaveCount(0);
  }
});

test('the glossary page defines every term with an anchor the notes link to', async ({ page }) => {
  await page.goto(actPaths[0] as string);
  const href = await page.locator('.gloss-more').first().getAttribute('href');
  await page.goto(href!);
  const anchor = page.locator(`#${href!.split('#')[1]}`);
  await expect(anchor.locator('dt')).not.toBeEmpty();
  await expect(anchor.locator('dd')).not.toBeEmpty();
});

test('in print, glossary notes become margin notes and records, datelines and testimony stay', async ({ page }) => {
  await chapterWith(page, '.document');
  await page.emulateMedia({ media: 'print' });
  const notes = page.locator('.gloss-note');
  expect(await notes.count()).toBeGreaterThan(0);
  for (const note of await notes.all()) {
    await expect(note).toBeVisible();
    expect(await note.evaluate((n) => getComputedStyle(n).float)).toBe('right');
  }
  await expect(page.locator('.gloss-more').first()).toBeHidden();
  for (const selector of ['.document', '.dateline', '.testimony']) {
    for (const element of await page.locator(selector).all()) await expect(element).toBeVisible();
  }
});

test('the book carries every record', async ({ page }) => {
  await page.goto('book/');
  for (const doc of documentFiles) await expect(page.locator(`#doc-${doc.id}`)).toHaveCount(1);
});

test('the people page lists the witnesses in their own group', async ({ page }) => {
  await page.goto('characters/');
  const heading = page.getByRole('heading', { name: 'The witnesses' });
  await expect(heading).toBeVisible();
  expect(await page.locator('h2:has-text("The witnesses") ~ ul').first().locator('li').count()).toBeGreaterThan(0);
});
