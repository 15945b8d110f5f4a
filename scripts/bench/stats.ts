// The numbers a page run is summed up by: percentiles of frame times, CLS by session windows,
// long-task counts. Pure: takes the raw entries a browser recorded, knows nothing of browsers.

/** Nearest-rank percentile (p in 0..100); 0 for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export interface Shift {
  /** performance.now() time of the shift, ms. */
  startTime: number;
  value: number;
}

/** Cumulative Layout Shift as Chrome reports it: the worst session window, where a window closes
 *  after 1 s without shifts or 5 s after it opened. Shifts after recent input must be left out
 *  before calling. */
export function cumulativeLayoutShift(shifts: readonly Shift[]): number {
  let worst = 0;
  let current = 0;
  let windowStart = -Infinity;
  let last = -Infinity;
  for (const shift of [...shifts].sort((a, b) => a.startTime - b.startTime)) {
    if (shift.startTime - last > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    last = shift.startTime;
    worst = Math.max(worst, current);
  }
  return worst;
}

export interface Task {
  startTime: number;
  duration: number;
}

export interface LongTasks {
  /** Tasks over 50 ms that ran at some point inside the window. */
  count: number;
  /** The longest of them, ms; 0 when there are none. */
  maxMs: number;
}

export function longTasksBetween(tasks: readonly Task[], from: number, to: number): LongTasks {
  const inside = tasks.filter((task) => task.duration > 50 && task.startTime + task.duration >= from && task.startTime <= to);
  return { count: inside.length, maxMs: inside.reduce((max, task) => Math.max(max, task.duration), 0) };
}
