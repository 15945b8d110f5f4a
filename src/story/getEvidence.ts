// The documents as pages need them (in date order, with the chapter each appears in) and where
// each witness speaks, after checking every cross-file rule of the evidence layer: documents
// against scenes and acts, witnesses against places, and each chapter's <Document>, <Testimony>
// and <Dateline> tags against the collections. Throws one error listing every problem.
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import { mdxToMdast } from 'satteri';
import { loadTimeline } from './timeline/loadTimeline.ts';
import { checkDocuments } from './checkDocuments.ts';
import { checkEvidenceMarkup, type MarkupNode } from './checkEvidenceMarkup.ts';
import { loadPlaces, PLACES_FILE } from './loadPlaces.ts';

export interface PlacedDocument {
  entry: CollectionEntry<'documents'>;
  /** Act number and chapter file id ("02-dissonance") where the document appears. */
  act: number;
  chapter: string;
}

interface ChapterSource {
  /** File id in content/acts ("02-dissonance"). */
  id: string;
  act: number;
  /** The chapter's file, read whole so error lines match the editor's. */
  filePath: string;
}

export interface Testimonial {
  act: number;
  chapter: string;
  date: string;
}

export interface Evidence {
  /** Every document, in date order, with where it appears. */
  documents: PlacedDocument[];
  /** Witness id -> their testimonies, in reading order. */
  testimonies: Map<string, Testimonial[]>;
}

let cached: Promise<Evidence> | undefined;

/** What the checks need of a chapter entry. */
export function chapterSource(entry: CollectionEntry<'acts'>): ChapterSource {
  return { id: entry.id, act: entry.data.act, filePath: entry.filePath ?? `content/acts/${entry.id}.mdx` };
}

/** Called with every chapter (src/story/getActs.ts does, for every page); checked once per build. */
export function getEvidence(chapters: readonly ChapterSource[]): Promise<Evidence> {
  cached ??= check(chapters);
  return cached;
}

async function check(chapters: readonly ChapterSource[]): Promise<Evidence> {
  const documents = await getCollection('documents');
  const characters = await getCollection('characters');
  const scenes = loadTimeline().scenes;
  const places = loadPlaces();
  const sceneAct = new Map(scenes.map((s) => [s.id, s.act]));
  const problems = checkDocuments(
    documents.map((d) => ({ file: `content/documents/${d.id}.md`, date: d.data.date, scene: d.data.scene })),
    scenes,
  );
  for (const c of characters) {
    if (c.data.kind === 'witness' && c.data.place && !places.has(c.data.place)) {
      problems.push(`content/characters/${c.id}.md: place: got "${c.data.place}", expected a place id from ${PLACES_FILE}`);
    }
  }
  const rules = {
    documents: new Map(documents.flatMap((d) => (sceneAct.has(d.data.scene) ? [[d.id, sceneAct.get(d.data.scene)!] as const] : []))),
    characters: new Map(characters.map((c) => [c.id, c.data.kind])),
    scenes: new Set(sceneAct.keys()),
  };
  const placedIn = new Map<string, ChapterSource>();
  const testimonies = new Map<string, Testimonial[]>();
  for (const chapter of chapters) {
    const tree = mdxToMdast(readFileSync(chapter.filePath, 'utf8'), { position: true }) as MarkupNode;
    const use = checkEvidenceMarkup(`content/acts/${chapter.id}.mdx`, chapter.act, tree, rules);
    problems.push(...use.problems);
    for (const id of use.documents) placedIn.set(id, chapter);
    for (const { who, date } of use.testimonies) testimonies.set(who, [...(testimonies.get(who) ?? []), { act: chapter.act, chapter: chapter.id, date }]);
  }
  for (const d of documents) {
    const act = sceneAct.get(d.data.scene);
    if (act !== undefined && !placedIn.has(d.id)) {
      problems.push(`content/documents/${d.id}.md: placement: got no <Document id="${d.id}" /> in any chapter, expected one in act ${act}'s chapter`);
    }
  }
  if (problems.length > 0) throw new Error(`The evidence is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  const placed = documents
    .map((entry) => ({ entry, act: placedIn.get(entry.id)!.act, chapter: placedIn.get(entry.id)!.id }))
    .sort((a, b) => a.entry.data.date.localeCompare(b.entry.data.date) || a.entry.data.title.localeCompare(b.entry.data.title));
  return { documents: placed, testimonies };
}
