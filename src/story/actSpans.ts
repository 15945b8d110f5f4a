// The stretch of story time each act covers, derived from the scenes: an act runs from its first
// scene's date to the day before the next act's first scene; the last act runs to one year after
// its last scene (the record may follow the story's end). Pure: scenes in, spans out.

export interface SceneDate {
  act: number;
  date: string;
}

export interface ActSpan {
  act: number;
  /** First day of the act, YYYY-MM-DD. */
  from: string;
  /** Last day of the act, YYYY-MM-DD (inclusive). */
  to: string;
}

function shiftDays(isoDate: string, days: number, years = 0): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y + years, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

export function actSpans(scenes: readonly SceneDate[]): ActSpan[] {
  const byAct = new Map<number, { first: string; last: string }>();
  for (const { act, date } of scenes) {
    const span = byAct.get(act);
    if (!span) byAct.set(act, { first: date, last: date });
    else byAct.set(act, { first: date < span.first ? date : span.first, last: date > span.last ? date : span.last });
  }
  const acts = [...byAct.keys()].sort((a, b) => a - b);
  return acts.map((act, i) => {
    const own = byAct.get(act)!;
    const next = acts[i + 1];
    const to = next === undefined ? shiftDays(own.last, 0, 1) : shiftDays(byAct.get(next)!.first, -1);
    return { act, from: own.first, to };
  });
}
