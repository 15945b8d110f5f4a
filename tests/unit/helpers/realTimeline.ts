// The real story data, loaded once for the tests that check the story's shape and the charts.
import { loadTimeline } from '../../../src/story/timeline/loadTimeline.ts';

export const timeline = loadTimeline();
export const sceneIds = timeline.scenes.map((scene) => scene.id);
export const scenesOfAct = (act: number) => timeline.scenes.filter((scene) => scene.act === act).map((scene) => scene.id);

/** The four protagonists as the arcs chart receives them (id, name, colour token). */
export const protagonists = [
  { id: 'elias-tran', name: 'Elias Tran', colour: 'elias' },
  { id: 'lyra-neumann', name: 'Lyra Neumann', colour: 'lyra' },
  { id: 'ivy-clarke', name: 'Ivy Clarke', colour: 'ivy' },
  { id: 'cyrus-mendez', name: 'Cyrus Mendez', colour: 'cyrus' },
];
