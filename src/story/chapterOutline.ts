// A chapter as a chart that links into it needs it: its act, title, address and scroll sections.
// Pages build these (they know the base path); charts read them. No I/O.
import type { SectionOutline } from './chapterSections.ts';

export interface ChapterOutline {
  act: number;
  title: string;
  /** The chapter's URL, base path included ("/acts/dissonance/"). */
  href: string;
  /** Its scroll sections in reading order (chapterSections). */
  sections: readonly SectionOutline[];
}
