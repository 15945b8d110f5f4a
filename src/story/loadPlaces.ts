// The places of content/data/places.json by id, for datelines and testimony cards. They are read
// and validated once, with the rest of the story data (src/story/timeline/), so this is a view.
import type { Place } from '../schemas/place.ts';
import { loadTimeline } from './timeline/loadTimeline.ts';
import { TIMELINE_FILES } from './timeline/parseTimeline.ts';

export const PLACES_FILE = TIMELINE_FILES.places;

let cached: Map<string, Place> | undefined;

export function loadPlaces(): Map<string, Place> {
  cached ??= new Map(loadTimeline().places.map((place) => [place.id, place]));
  return cached;
}

/** "Kettle Street depot, Lowmarket"; a district on its own is printed once. */
export function placeLabel(place: Place): string {
  return place.name === place.district ? place.name : `${place.name}, ${place.district}`;
}
