// Build-time: the slice of the story data the cross-section needs, as JSON-safe island props: the
// places on the section, the scenes (order, labels, dates, places), and where each protagonist is.
// Where a person is comes from arcs.json (at each of their points, the point's `where`, or else
// the scene's own place) and from scenes.json's `whereabouts` for scenes without a point; they stay
// there until they are next placed. Runs on
// the server only; knows nothing of scales, layout or the page.
import type { Timeline } from '../../story/timeline/types.ts';
import type { CharacterInfo } from '../../story/protagonists.ts';
import type { SceneInfo } from '../shared/types.ts';

export interface WorldPlace {
  id: string;
  name: string;
  district: string;
  realm: 'alterna' | 'glimmers' | 'seam';
  /** Metres above the Glimmers' street level; negative below ground. */
  level: number;
  /** 0 (west) to 100 (east). */
  x: number;
}

export interface WorldScene extends SceneInfo {
  /** Place id where the scene happens. */
  place: string;
}

/** From the scene at `order` (an index in `WorldData.scenes`) on, the person is at `place`. */
export interface WorldStop {
  order: number;
  place: string;
}

export interface WorldCharacter extends CharacterInfo {
  /** First name: the chart's direct label. */
  short: string;
  /** In story order. */
  stops: WorldStop[];
}

export interface WorldData {
  /** Every place of the story: the section's context. */
  places: WorldPlace[];
  /** The scenes the chart may stand on, in story order (a section's slice keeps its steps' and its stops'). */
  scenes: WorldScene[];
  characters: WorldCharacter[];
  /** Places the section is about (its scenes' and where people stand at its steps): these are named. */
  named: string[];
}

/** Where the cloud line lies, in metres: the line between the Spires and everything below. */
export const CLOUD_LINE = 600;

/**
 * The whole story's cross-section (the /world/ page), or, given `sceneIds` (a section's step
 * scenes), only what those steps need: each person's stops from where they stand at the first
 * step to the last step, and the scenes of those stops and steps. The whole story names every place.
 */
export function worldData(timeline: Timeline, characters: readonly CharacterInfo[], sceneIds?: readonly string[]): WorldData {
  const story = new Map(timeline.scenes.map((scene, i) => [scene.id, i]));
  const steps = sceneIds?.map((id) => {
    const at = story.get(id);
    if (at === undefined) throw new Error(`worldData: got scene "${id}", expected a scene id from content/data/scenes.json`);
    return at;
  });
  const first = steps ? Math.min(Infinity, ...steps) : -1;
  const last = steps ? Math.max(-1, ...steps) : Infinity;
  const placeIds = new Set(timeline.places.map((p) => p.id));
  const journeys = characters.map((character) => {
    const points = timeline.arcs.characters[character.id];
    if (!points) throw new Error(`content/data/arcs.json: characters.${character.id}: got nothing, expected the arc of every protagonist`);
    const fromArc = points.flatMap((point, i) => {
      const at = story.get(point.scene);
      const scene = at === undefined ? undefined : timeline.scenes[at];
      if (at === undefined || !scene) throw new Error(`content/data/arcs.json: characters.${character.id}[${i}].scene: got "${point.scene}", expected a scene id from content/data/scenes.json`);
      return [{ at, place: point.where ?? scene.place }];
    });
    // Scenes where the arc has no point may still say where the person is (scenes.json whereabouts).
    const fromScenes = timeline.scenes.flatMap((scene, at) => {
      const place = scene.whereabouts?.[character.id];
      return place === undefined ? [] : [{ at, place }];
    });
    const all = [...fromArc, ...fromScenes].sort((a, b) => a.at - b.at);
    // A section's trail starts where each person stands at its first step: the whole story's
    // journeys would bury the section's own moves by the last act.
    const since = all.filter((stop) => stop.at <= first).at(-1)?.at ?? -1;
    const stops = all.filter((stop) => stop.at >= since && stop.at <= last);
    for (const stop of stops) {
      if (!placeIds.has(stop.place)) throw new Error(`worldData: ${character.id} at scene ${timeline.scenes[stop.at]?.id}: got place "${stop.place}", expected a place id from content/data/places.json`);
    }
    return { character, stops };
  });
  const shown = steps
    ? [...new Set([...steps, ...journeys.flatMap((j) => j.stops.map((s) => s.at))])].sort((a, b) => a - b)
    : timeline.scenes.map((_, i) => i);
  const index = new Map(shown.map((at, i) => [at, i]));
  const scenes = shown.flatMap((at) => timeline.scenes[at] ?? []).map(({ id, act, date, label, place }) => ({ id, act, date, label, place }));
  const named = new Set<string>(steps ? [] : timeline.places.map((p) => p.id));
  for (const at of steps ?? []) {
    named.add(timeline.scenes[at]?.place ?? '');
    for (const { stops } of journeys) {
      const here = stops.filter((s) => s.at <= at).at(-1);
      if (here) named.add(here.place);
    }
  }
  return {
    places: timeline.places.map(({ id, name, district, realm, level, x }) => ({ id, name, district, realm, level, x })),
    scenes,
    characters: journeys.map(({ character, stops }) => ({
      ...character,
      short: character.name.split(' ')[0] ?? character.name,
      stops: stops.map(({ at, place }) => ({ order: index.get(at) ?? -1, place })),
    })),
    named: timeline.places.filter((p) => named.has(p.id)).map((p) => p.id),
  };
}
