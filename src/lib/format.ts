// How text and numbers read on the page: story dates ("June 2145"), positions with a true minus,
// word counts and reading time. Pure, and independent of the reader's locale and time zone.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!year || !name) throw new Error(`formatMonth: got "${isoDate}", expected a date as YYYY-MM-DD`);
  return `${name} ${year}`;
}

/** Words a reader reads in an MDX or Markdown body: frontmatter, component tags, Markdown syntax
 * and URLs are not words. */
export function countWords(body: string): number {
  const text = body
    .replace(/^---\n[\s\S]*?\n---\n?/, '')
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/[#>*_`~[\]|]/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu);
  return words ? words.length : 0;
}

/** Words per minute of attentive long-form reading (screen prose, not skimming). */
export const WORDS_PER_MINUTE = 230;

export function readingTime(body: string): number {
  const words = countWords(body);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/** Two decimals with a true minus sign, as tables and descriptions print positions. */
export function formatPosition(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return (rounded === 0 ? 0 : rounded).toFixed(2).replace('-', '−');
}

/** For words that open a label but sit mid-sentence in running text ("Agency", a reason). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** A story date as a dateline prints it ("14 June 2145"), independent of locale and time zone. */
export function formatDay(isoDate: string): string {
  const day = Number(isoDate.split('-')[2]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || !(day >= 1 && day <= 31)) throw new Error(`formatDay: got "${isoDate}", expected a date as YYYY-MM-DD`);
  return `${day} ${formatMonth(isoDate)}`;
}
