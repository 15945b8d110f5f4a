// The timeline's slice of the story, cut at build time: every scene with its date, act, the
// protagonists who appear in it and where a reader reads it; the acts with their titles and spans.
// Knows the step anchors (the scroll engine's stepId) but nothing of pages or the base path.
import type { ChapterOutline } from '../../story/chapterOutline.ts';
import type { CharacterInfo } from '../../story/protagonists.ts';
import type { Timeline } from '../../story/timeline/types.ts';
import { stepId } from '../../scrolly/assembleSteps.ts';

export interface TimelineScene {
  id: string;
  act: number;
  date: string;
  label: string;
  /** Ids of the protagonists who appear in it, in lane order. */
  who: string[];
  /** Its first step in its chapter, or its dateline when no step shows it; absent without chapters. */
  href?: string | undefined;
}

export interface TimelineAct {
  act: number;
  title: string;
  /** First scene's date: the band starts here (the first act's starts with the story's first month). */
  from: string;
  href?: string | undefined;
}

export interface TimelineData {
  scenes: TimelineScene[];
  acts: TimelineAct[];
  /** The lanes, in the order the story introduces them. */
  characters: CharacterInfo[];
}

/** The anchor of a scene in its chapter: its first step there, else its dateline (Dateline.astro's id). */
export function sceneAnchor(sceneId: string, chapter: ChapterOutline): string {
  const section = chapter.sections.find((s) => s.scenes.includes(sceneId));
  return `${chapter.href}#${section ? stepId(section.chart, sceneId) : `scene-${sceneId}`}`;
}

export function timelineData(timeline: Timeline, characters: readonly CharacterInfo[], chapters: readonly ChapterOutline[] = []): TimelineData {
  const chapterOf = (act: number) => chapters.find((c) => c.act === act);
  const lanes = characters.map((c) => c.id);
  const scenes = timeline.scenes.map((scene) => {
    const chapter = chapterOf(scene.act);
    return {
      id: scene.id,
      act: scene.act,
      date: scene.date,
      label: scene.label,
      who: lanes.filter((id) => scene.who.includes(id)),
      href: chapter ? sceneAnchor(scene.id, chapter) : undefined,
    };
  });
  const actNumbers = [...new Set(scenes.map((s) => s.act))];
  const acts = actNumbers.map((act) => {
    const chapter = chapterOf(act);
    const first = scenes.find((s) => s.act === act);
    return { act, title: chapter?.title ?? `Act ${act}`, from: first?.date ?? '', href: chapter?.href };
  });
  return { scenes, acts, characters: [...characters] };
}
