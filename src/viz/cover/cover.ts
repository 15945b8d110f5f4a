// Build-time: an act's cover from the story data, once per build: its data slice, its shapes (seeded
// by the act's number, so a rebuild draws the same picture) and its caption.
import { loadTimeline } from '../../story/timeline/loadTimeline.ts';
import { coverData, type CoverData } from './data.ts';
import { coverModel, describeCover, type CoverShapes } from './model.ts';

export interface ActCover {
  data: CoverData;
  shapes: CoverShapes;
  caption: string;
}

/** Seed of an act's picture: fixed per act, so the same data always gives the same cover. */
export const coverSeed = (act: number): number => 20145 + act;

const covers = new Map<number, ActCover>();

export function actCover(act: number): ActCover {
  const known = covers.get(act);
  if (known) return known;
  const data = coverData(loadTimeline(), act);
  const cover = { data, shapes: coverModel(data, coverSeed(act)), caption: describeCover(data) };
  covers.set(act, cover);
  return cover;
}
