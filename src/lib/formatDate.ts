// Story dates as readers see them ("June 2145"), independent of the reader's locale and time zone.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatMonth(isoDate: string): string {
  const [year, month] = isoDate.split('-');
  const name = MONTHS[Number(month) - 1];
  if (!year || !name) throw new Error(`formatMonth: got "${isoDate}", expected a date as YYYY-MM-DD`);
  return `${name} ${year}`;
}
