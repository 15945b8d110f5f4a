// Where the slow moments came from, from what Chromium attributes them to: the elements behind
// layout shifts, and the scripts and rendering work inside long animation frames. Pure: takes the
// entries the browser recorded, returns short ranked lists for people to read.
import { shortUrl } from './shortUrl.ts';

export interface AttributedShift {
  startTime: number;
  value: number;
  /** The shifted elements, described as tag#id.class. */
  sources: string[];
}

export interface LongFrame {
  startTime: number;
  duration: number;
  /** performance.now() time where style and layout began (0 if the frame did not render). */
  styleAndLayoutStart: number;
  scripts: { duration: number; invoker: string; sourceURL: string }[];
}

export interface Cause {
  what: string;
  ms: number;
}

export interface ShiftCause {
  source: string;
  value: number;
}

/** Elements ranked by the layout shift they took part in (a shift counts in full for each). */
export function shiftCauses(shifts: readonly AttributedShift[], limit = 3): ShiftCause[] {
  const totals = new Map<string, number>();
  for (const shift of shifts) for (const source of new Set(shift.sources)) totals.set(source, (totals.get(source) ?? 0) + shift.value);
  return [...totals]
    .map(([source, value]) => ({ source, value: Math.round(value * 10_000) / 10_000 }))
    .sort((a, b) => b.value - a.value || a.source.localeCompare(b.source))
    .slice(0, limit);
}

/** Time inside long frames (over 50 ms) that overlap the window, split into each script (file
 *  and entry point), the browser's style, layout and paint, and the rest (parsing, GC, idle
 *  rendering steps), ranked. */
export function longFrameCauses(frames: readonly LongFrame[], from: number, to: number, limit = 4): Cause[] {
  const totals = new Map<string, number>();
  const add = (what: string, ms: number) => ms > 0 && totals.set(what, (totals.get(what) ?? 0) + ms);
  for (const frame of frames) {
    if (frame.duration <= 50 || frame.startTime + frame.duration < from || frame.startTime > to) continue;
    const end = frame.startTime + frame.duration;
    const styleAndLayout = frame.styleAndLayoutStart > 0 ? end - frame.styleAndLayoutStart : 0;
    const scripts = frame.scripts.reduce((sum, script) => sum + script.duration, 0);
    add('style, layout and paint', styleAndLayout);
    add('other browser work', frame.duration - styleAndLayout - scripts);
    for (const script of frame.scripts) add(scriptLabel(script), script.duration);
  }
  return [...totals]
    .map(([what, ms]) => ({ what, ms: Math.round(ms) }))
    .sort((a, b) => b.ms - a.ms || a.what.localeCompare(b.what))
    .slice(0, limit);
}

/** A script by its file name (a page's inline script as "<path> inline") and what ran it: a
 *  callback or promise name, or "evaluation" when the invoker is the script's own URL. */
function scriptLabel(script: { invoker: string; sourceURL: string }): string {
  const name = script.sourceURL === '' ? '(unknown)' : shortUrl(script.sourceURL);
  const file = name.endsWith('/') ? `${name} inline` : name;
  const invoker = /^[a-z]+:\/\//i.test(script.invoker) ? 'evaluation' : script.invoker;
  return `${file} ${invoker}`.trim();
}
