// Reads content/data/places.json once per build and validates it (shape, unique ids). Server
// only: datelines and testimony cards look places up here.
import { readFileSync } from 'node:fs';
import { placesSchema, type Place } from '../schemas/place.ts';
import { authorErrorMap, formatIssue } from './errors.ts';

export const PLACES_FILE = 'content/data/places.json';

export function parsePlaces(input: unknown, file = PLACES_FILE): Map<string, Place> {
  const result = placesSchema.safeParse(input, { error: authorErrorMap });
  if (!result.success) {
    throw new Error(`The places are not valid:\n${result.error.issues.map((i) => `  - ${file}: ${formatIssue(i, input)}`).join('\n')}`);
  }
  const places = new Map<string, Place>();
  result.data.forEach((place, i) => {
    if (places.has(place.id)) throw new Error(`${file}: [${i}].id: got "${place.id}", expected an id no other place uses`);
    places.set(place.id, place);
  });
  return places;
}

let cached: Map<string, Place> | undefined;

export function loadPlaces(): Map<string, Place> {
  if (cached) return cached;
  const text = readFileSync(PLACES_FILE, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${PLACES_FILE}: got text that is not valid JSON (${(error as Error).message}), expected a JSON document`);
  }
  cached = parsePlaces(json);
  return cached;
}

/** "Kettle Street depot, Lowmarket"; a district on its own is printed once. */
export function placeLabel(place: Place): string {
  return place.name === place.district ? place.name : `${place.name}, ${place.district}`;
}
