// A story date as a dateline prints it ("14 June 2145"), independent of locale and time zone.
import { formatMonth } from './format.ts';

export function formatDay(isoDate: string): string {
  const day = Number(isoDate.split('-')[2]);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || !(day >= 1 && day <= 31)) throw new Error(`formatDay: got "${isoDate}", expected a date as YYYY-MM-DD`);
  return `${day} ${formatMonth(isoDate)}`;
}
