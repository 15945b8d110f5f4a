// Validates the story data as one whole and returns it ready for the charts. Shapes are checked
// by the schemas; this adds the rules that span files: every scene id and place exists, the order holds,
// lifespans nest. Every problem is reported as "file: field: got X, expected Y". Pure: no I/O.
import type { z } from 'astro/zod';
import {
  arcsSchema,
  divideSchema,
  fabricSchema,
  scenesSchema,
  type ArcsFile,
  type DivideFile,
  type FabricFile,
  type Scene,
} from '../../schemas/timeline.ts';
import { placesSchema, type Place } from '../../schemas/place.ts';
import { authorErrorMap, formatIssue } from '../errors.ts';
import type { DividePoint, Timeline, TimelineFiles } from './types.ts';

export type { Timeline, TimelineFiles } from './types.ts';

export const TIMELINE_FILES = {
  scenes: 'content/data/scenes.json',
  divide: 'content/data/divide.json',
  arcs: 'content/data/arcs.json',
  fabric: 'content/data/fabric.json',
  places: 'content/data/places.json',
} as const;

export class TimelineError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`The story data is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TimelineError';
    this.problems = problems;
  }
}

function check<T>(schema: z.ZodType<T>, input: unknown, file: string, problems: string[]): T | undefined {
  const result = schema.safeParse(input, { error: authorErrorMap });
  if (result.success) return result.data;
  for (const issue of result.error.issues) problems.push(`${file}: ${formatIssue(issue, input)}`);
  return undefined;
}

export function parseTimeline(files: TimelineFiles, characterIds: readonly string[], names = TIMELINE_FILES): Timeline {
  const problems: string[] = [];
  const scenes = check(scenesSchema, files.scenes, names.scenes, problems);
  const divide = check(divideSchema, files.divide, names.divide, problems);
  const arcs = check(arcsSchema, files.arcs, names.arcs, problems);
  const fabric = check(fabricSchema, files.fabric, names.fabric, problems);
  const places = check(placesSchema, files.places, names.places, problems);
  if (!scenes || !divide || !arcs || !fabric || !places) throw new TimelineError(problems);

  const order = checkScenes(scenes, names.scenes, problems);
  const placeIds = checkPlaces(places, names.places, problems);
  const placeRef = (file: string, path: string, placeId: string): void => {
    if (!placeIds.has(placeId)) problems.push(`${file}: ${path}: got "${placeId}", expected a place id from ${names.places}`);
  };
  for (const scene of scenes) placeRef(names.scenes, `scene "${scene.id}".place`, scene.place);
  checkWhereabouts(scenes, arcs, names, placeRef, problems);
  const sceneRef = (file: string, path: string, sceneId: string): number | undefined => {
    const position = order.get(sceneId);
    if (position === undefined) problems.push(`${file}: ${path}: got "${sceneId}", expected a scene id from ${names.scenes}`);
    return position;
  };

  const values = checkDivide(divide, scenes, names.divide, problems);
  checkArcs(arcs, characterIds, names.arcs, sceneRef, problems);
  checkWho(scenes, arcs, names, problems);
  for (const [characterId, points] of Object.entries(arcs.characters)) {
    points.forEach((point, i) => point.where !== undefined && placeRef(names.arcs, `characters.${characterId}[${i}].where`, point.where));
  }
  checkFabric(fabric, names.fabric, sceneRef, problems);

  if (problems.length > 0) throw new TimelineError(problems);
  return { scenes, divide: { components: divide.components, values }, arcs, fabric, places };
}

// A person stands in one place at a scene: where the arc has a point at the scene, it says where.
function checkWhereabouts(scenes: Scene[], arcs: ArcsFile, names: typeof TIMELINE_FILES, placeRef: (file: string, path: string, placeId: string) => void, problems: string[]): void {
  for (const scene of scenes) {
    for (const [characterId, placeId] of Object.entries(scene.whereabouts ?? {})) {
      const path = `scene "${scene.id}".whereabouts.${characterId}`;
      const arc = arcs.characters[characterId];
      if (!arc) {
        problems.push(`${names.scenes}: ${path}: got an unknown person, expected a protagonist with an arc in ${names.arcs} (${Object.keys(arcs.characters).join(', ')})`);
        continue;
      }
      placeRef(names.scenes, path, placeId);
      if (arc.some((point) => point.scene === scene.id)) {
        problems.push(`${names.scenes}: ${path}: got "${placeId}", expected nothing: ${names.arcs} has a point for ${characterId} at this scene, whose "where" says where they are`);
      }
    }
  }
}

function checkPlaces(places: Place[], file: string, problems: string[]): Set<string> {
  const ids = new Set<string>();
  places.forEach((place, i) => {
    if (ids.has(place.id)) problems.push(`${file}: [${i}].id: got "${place.id}", expected an id no other place uses`);
    ids.add(place.id);
  });
  return ids;
}

function checkScenes(scenes: Scene[], file: string, problems: string[]): Map<string, number> {
  const order = new Map<string, number>();
  scenes.forEach((scene, i) => {
    if (order.has(scene.id)) problems.push(`${file}: [${i}].id: got "${scene.id}", expected an id no other scene uses`);
    order.set(scene.id, i);
    const previous = scenes[i - 1];
    if (previous && (scene.date < previous.date || scene.act < previous.act)) {
      problems.push(`${file}: [${i}]: got act ${scene.act} on ${scene.date} after act ${previous.act} on ${previous.date}, expected scenes in timeline order`);
    }
  });
  return order;
}

function checkDivide(divide: DivideFile, scenes: Scene[], file: string, problems: string[]): Record<string, DividePoint> {
  const values: Record<string, DividePoint> = {};
  const known = new Set(scenes.map((s) => s.id));
  for (const sceneId of Object.keys(divide.scenes)) {
    if (!known.has(sceneId)) problems.push(`${file}: scenes.${sceneId}: got an unknown scene id, expected a scene id from content/data/scenes.json`);
  }
  for (const scene of scenes) {
    const entry = divide.scenes[scene.id];
    if (!entry) {
      problems.push(`${file}: scenes.${scene.id}: got nothing, expected the gap per component for every scene`);
      continue;
    }
    const components: Record<string, number> = {};
    for (const component of divide.components) {
      const value = entry[component.id];
      if (typeof value !== 'number') {
        problems.push(`${file}: scenes.${scene.id}.${component.id}: got ${JSON.stringify(value) ?? 'nothing'}, expected a number from 0 to 100`);
      } else {
        components[component.id] = value;
      }
    }
    for (const key of Object.keys(entry)) {
      if (key !== 'note' && !divide.components.some((c) => c.id === key)) {
        problems.push(`${file}: scenes.${scene.id}.${key}: got an unknown component, expected one of ${divide.components.map((c) => c.id).join(', ')} or note`);
      }
    }
    const note = typeof entry['note'] === 'string' ? entry['note'] : '';
    const parts = Object.values(components);
    const index = parts.length ? Math.round((parts.reduce((a, b) => a + b, 0) / parts.length) * 10) / 10 : 0;
    values[scene.id] = { index, components, note };
  }
  return values;
}

type SceneRef = (file: string, path: string, sceneId: string) => number | undefined;

function checkArcs(arcs: ArcsFile, characterIds: readonly string[], file: string, sceneRef: SceneRef, problems: string[]): void {
  for (const [characterId, points] of Object.entries(arcs.characters)) {
    if (!characterIds.includes(characterId)) {
      problems.push(`${file}: characters.${characterId}: got an unknown character, expected one of ${characterIds.join(', ')}`);
    }
    let last = -1;
    points.forEach((point, i) => {
      const position = sceneRef(file, `characters.${characterId}[${i}].scene`, point.scene);
      if (position === undefined) return;
      if (position <= last) problems.push(`${file}: characters.${characterId}[${i}].scene: got "${point.scene}", expected a scene later than the point before it`);
      last = position;
    });
  }
}

/** `who` names protagonists (the characters with an arc), each once, and everyone placed by an arc point at a scene appears in it. */
function checkWho(scenes: Scene[], arcs: ArcsFile, names: { scenes: string; arcs: string }, problems: string[]): void {
  const protagonistIds = Object.keys(arcs.characters);
  const bySceneId = new Map(scenes.map((scene) => [scene.id, scene]));
  for (const scene of scenes) {
    scene.who.forEach((who, i) => {
      const path = `${names.scenes}: scene "${scene.id}".who[${i}]`;
      if (!protagonistIds.includes(who)) problems.push(`${path}: got "${who}", expected a protagonist id (${protagonistIds.join(', ')})`);
      else if (scene.who.indexOf(who) !== i) problems.push(`${path}: got "${who}" again, expected each protagonist once`);
    });
  }
  for (const [characterId, points] of Object.entries(arcs.characters)) {
    points.forEach((point, i) => {
      const scene = bySceneId.get(point.scene);
      if (scene && !scene.who.includes(characterId)) {
        problems.push(`${names.arcs}: characters.${characterId}[${i}].scene: got "${point.scene}", whose "who" in ${names.scenes} leaves out ${characterId}, expected a scene they appear in`);
      }
    });
  }
}

function checkFabric(fabric: FabricFile, file: string, sceneRef: SceneRef, problems: string[]): void {
  const span = (path: string, item: { from: string; until?: string | undefined }) => {
    const from = sceneRef(file, `${path}.from`, item.from);
    const until = item.until === undefined ? Infinity : sceneRef(file, `${path}.until`, item.until);
    if (from !== undefined && until !== undefined && until <= from) {
      problems.push(`${file}: ${path}.until: got "${item.until}", expected a scene after "${item.from}"`);
    }
    return { from: from ?? 0, until: until ?? Infinity };
  };
  const nodes = new Map<string, { from: number; until: number }>();
  fabric.nodes.forEach((node, i) => {
    if (nodes.has(node.id)) problems.push(`${file}: nodes[${i}].id: got "${node.id}", expected an id no other node uses`);
    nodes.set(node.id, span(`nodes[${i}]`, node));
  });
  const seen = new Set<string>();
  fabric.links.forEach((link, i) => {
    const path = `links[${i}]`;
    const life = span(path, link);
    const key = [link.source, link.target].sort().join('|') + `@${link.from}`;
    if (seen.has(key)) problems.push(`${file}: ${path}: got a second link ${link.source}-${link.target} from "${link.from}", expected each link once`);
    seen.add(key);
    for (const end of ['source', 'target'] as const) {
      const node = nodes.get(link[end]);
      if (!node) {
        problems.push(`${file}: ${path}.${end}: got "${link[end]}", expected a node id from nodes`);
        continue;
      }
      if (life.from < node.from) problems.push(`${file}: ${path}.from: got "${link.from}", expected no earlier than when node "${link[end]}" appears`);
      if (life.until > node.until) {
        problems.push(`${file}: ${path}.until: got ${link.until ? `"${link.until}"` : 'nothing'}, expected no later than when node "${link[end]}" ends`);
      }
    }
  });
}
