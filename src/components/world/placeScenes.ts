// The /world/ page's index: every place from the top of the city down, grouped by realm, with the
// scenes that happen there, each linked to the first step that shows it in its chapter (or to the
// chapter, when no step shows it). Pure: the page hands it the story and the chapters' outlines.
import type { Place } from '../../schemas/place.ts';
import type { Scene } from '../../schemas/timeline.ts';
import type { SectionOutline } from '../../story/chapterSections.ts';
import { stepId } from '../../scrolly/assembleSteps.ts';

export interface ChapterOutline {
  act: number;
  slug: string;
  sections: readonly SectionOutline[];
}

export interface PlaceScene {
  id: string;
  label: string;
  date: string;
  act: number;
  /** Path under the site's base: the step's anchor in its chapter, or the chapter. */
  path: string;
}

export interface RealmGroup {
  realm: Place['realm'];
  places: { place: Place; scenes: PlaceScene[] }[];
}

/** Top of the city first: the Spires, then the Seam between, then the Glimmers. */
const REALM_ORDER: readonly Place['realm'][] = ['alterna', 'seam', 'glimmers'];

export function scenePath(scene: Scene, chapters: readonly ChapterOutline[]): string {
  const chapter = chapters.find((c) => c.act === scene.act);
  if (!chapter) throw new Error(`content/data/scenes.json: scene "${scene.id}".act: got ${scene.act}, expected the number of a chapter in content/acts/`);
  const section = chapter.sections.find((s) => s.scenes.includes(scene.id));
  return `/acts/${chapter.slug}/${section ? `#${stepId(section.chart, scene.id)}` : ''}`;
}

export function placeScenes(places: readonly Place[], scenes: readonly Scene[], chapters: readonly ChapterOutline[]): RealmGroup[] {
  return REALM_ORDER.map((realm) => ({
    realm,
    places: places
      .filter((place) => place.realm === realm)
      .sort((a, b) => b.level - a.level || a.x - b.x)
      .map((place) => ({
        place,
        scenes: scenes
          .filter((scene) => scene.place === place.id)
          .map((scene) => ({ id: scene.id, label: scene.label, date: scene.date, act: scene.act, path: scenePath(scene, chapters) })),
      })),
  }));
}
