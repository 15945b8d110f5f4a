// Story time as a line: dates to a 0-1 fraction of the story's months, the month and quarter
// ticks, and the spreading of scenes that fall too close together to tell apart. Pure.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function dayNumber(isoDate: string): number {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

function monthStart(year: number, month: number): string {
  const date = new Date(Date.UTC(year, month, 1));
  return date.toISOString().slice(0, 10);
}

export interface TimeDomain {
  /** First day of the first scene's month. */
  from: string;
  /** First day of the month after the last scene's. */
  to: string;
}

export function timeDomain(dates: readonly string[]): TimeDomain {
  if (dates.length === 0) throw new Error('timeDomain: got no dates, expected at least one scene');
  const sorted = [...dates].sort();
  const [fy, fm] = (sorted[0] as string).split('-').map(Number) as [number, number];
  const [ly, lm] = (sorted[sorted.length - 1] as string).split('-').map(Number) as [number, number];
  return { from: monthStart(fy, fm - 1), to: monthStart(ly, lm) };
}

/** Where a date falls in the domain, 0 at its first day, 1 at its end. */
export function timeFraction(domain: TimeDomain, isoDate: string): number {
  const start = dayNumber(domain.from);
  return (dayNumber(isoDate) - start) / (dayNumber(domain.to) - start);
}

export interface MonthTick {
  date: string;
  /** A month that opens a quarter carries a label ("Apr"); January and the story's first month carry the year. */
  label: string | undefined;
  /** A year's first month (or the story's first): its label is the year. */
  year: boolean;
}

export function monthTicks(domain: TimeDomain): MonthTick[] {
  const ticks: MonthTick[] = [];
  let [year, month] = domain.from.split('-').map(Number) as [number, number];
  month -= 1;
  for (let date = monthStart(year, month); date <= domain.to; date = monthStart(year, month)) {
    const first = ticks.length === 0;
    const year0 = month === 0 || first;
    // A quarter's label right after the story's first month would run into the year that opens the axis.
    const label = year0 ? String(year) : month % 3 === 0 && ticks.length > 1 ? MONTHS[month] : undefined;
    if (date < domain.to) ticks.push({ date, label, year: year0 });
    month += 1;
    if (month === 12) {
      month = 0;
      year += 1;
    }
  }
  return ticks;
}

/**
 * Positions, in order, pushed apart to at least `gap` and kept within [min, max]: scenes a day
 * apart would otherwise sit on top of each other. Each run that has to move stays centred on
 * where its dates put it, so no scene drifts further than its crowd needs.
 */
export function spread(positions: readonly number[], gap: number, min: number, max: number): number[] {
  type Run = { start: number; count: number; centre: number };
  const runs: Run[] = [];
  const place = (run: Run) => Math.min(max - (run.count - 1) * gap, Math.max(min, run.centre - ((run.count - 1) * gap) / 2));
  positions.forEach((position, i) => {
    let run: Run = { start: i, count: 1, centre: position };
    for (let last = runs[runs.length - 1]; last && place(last) + last.count * gap > place(run); last = runs[runs.length - 1]) {
      runs.pop();
      const count = last.count + run.count;
      run = { start: last.start, count, centre: (last.centre * last.count + run.centre * run.count) / count };
    }
    runs.push(run);
  });
  return runs.flatMap((run) => Array.from({ length: run.count }, (_, k) => place(run) + k * gap));
}
