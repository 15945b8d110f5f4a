// The timeline in words: the description a screen reader hears and the table behind the chart.
// Pure, from the data alone.
import { formatDay, formatMonth } from '../../lib/format.ts';
import type { DataTable } from '../shared/types.ts';
import type { TimelineData } from './data.ts';
import { actSpanWords } from './model.ts';

const listed = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

const scenesWord = (n: number) => `${n} scene${n === 1 ? '' : 's'}`;

/** What the whole chart shows, or, with `act`, what it shows of that act. */
export function describeTimeline(data: TimelineData, act?: number): string {
  const first = data.scenes[0];
  const last = data.scenes[data.scenes.length - 1];
  if (!first || !last) return 'A timeline with no scenes.';
  const acts = data.acts.map((a) => `Act ${a.act}, ${a.title}, ${actSpanWords(data, a.act)} (${scenesWord(data.scenes.filter((s) => s.act === a.act).length)})`);
  const people = data.characters.map((c) => `${c.name} in ${data.scenes.filter((s) => s.who.includes(c.id)).length}`);
  const whole =
    `A timeline of the story's ${data.scenes.length} scenes, from ${formatMonth(first.date)} to ${formatMonth(last.date)}, in five acts: ${acts.join('; ')}. ` +
    `One lane per protagonist marks the scenes each appears in: ${listed(people)}.`;
  if (act === undefined) return whole;
  const own = data.scenes.filter((s) => s.act === act);
  const title = data.acts.find((a) => a.act === act)?.title ?? `Act ${act}`;
  const present = data.characters.filter((c) => own.some((s) => s.who.includes(c.id))).map((c) => c.name);
  return (
    `Act ${act}, ${title}, is highlighted: ${scenesWord(own.length)} from ${formatDay(own[0]?.date ?? first.date)} to ${formatDay(own[own.length - 1]?.date ?? last.date)}` +
    `${present.length ? `, with ${listed(present)}` : ''}. ${whole}`
  );
}

/** One row per scene listed in `sceneIds` (every scene when it is empty): date, act and who appears. */
export function timelineTable(data: TimelineData, sceneIds: readonly string[] = []): DataTable {
  const scenes = sceneIds.length === 0 ? data.scenes : data.scenes.filter((s) => sceneIds.includes(s.id));
  const acts = new Set(scenes.map((s) => s.act));
  const nameOf = (id: string) => data.characters.find((c) => c.id === id)?.name ?? id;
  const which = sceneIds.length === 0 ? 'Every scene of the story' : acts.size === 1 ? `The scenes of Act ${[...acts][0]}` : `${scenes.length} scenes`;
  return {
    caption: `${which}, in order, and the protagonists in each`,
    columns: ['Scene', 'Date', 'Act', 'Protagonists'],
    rows: scenes.map((s) => [s.label, formatDay(s.date), String(s.act), s.who.length ? s.who.map(nameOf).join(', ') : 'none of the four']),
    numeric: [false, false, true, false],
  };
}
