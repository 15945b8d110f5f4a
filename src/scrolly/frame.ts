// The scene pair a chart draws for a scroll position: the active step's scene, the next step's
// scene, and how far between them (0 = exactly the active scene). Pure, shared by every chart.
import { morph } from './morph.ts';
import type { ScrollPosition } from './locate.ts';

export interface Frame {
  /** Index of the active step within the section. */
  step: number;
  /** Scene id of the active step. */
  scene: string;
  /** Scene id moved towards (the next step's), or the same scene on the last step. */
  towards: string;
  /** 0..1 share of the way from scene to towards. */
  t: number;
}

export function frame(scenes: readonly string[], position: ScrollPosition, reducedMotion = false): Frame {
  if (scenes.length === 0) throw new Error('A scroll section needs at least one step with a scene');
  const step = Math.min(scenes.length - 1, Math.max(0, Math.floor(position.step)));
  const scene = scenes[step] as string;
  const next = scenes[step + 1];
  return next === undefined
    ? { step, scene, towards: scene, t: 0 }
    : { step, scene, towards: next, t: morph(position.progress, reducedMotion) };
}
