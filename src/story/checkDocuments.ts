// Cross-file rules for the documents collection: each record names a known scene, and its date
// falls within that scene's act (spans from src/story/actSpans.ts). Every problem reads
// "file: field: got X, expected Y". Pure: entries and scenes in, problems out.
import { actSpans, type SceneDate } from './actSpans.ts';

export interface DocumentFacts {
  /** Path of the document's file, for messages ("content/documents/order-45-117.md"). */
  file: string;
  date: string;
  scene: string;
}

export interface SceneFacts extends SceneDate {
  id: string;
}

export function checkDocuments(documents: readonly DocumentFacts[], scenes: readonly SceneFacts[], scenesFile = 'content/data/scenes.json'): string[] {
  const sceneById = new Map(scenes.map((s) => [s.id, s]));
  const spanByAct = new Map(actSpans(scenes).map((span) => [span.act, span]));
  const problems: string[] = [];
  for (const doc of documents) {
    const scene = sceneById.get(doc.scene);
    if (!scene) {
      problems.push(`${doc.file}: scene: got "${doc.scene}", expected a scene id from ${scenesFile}`);
      continue;
    }
    const span = spanByAct.get(scene.act)!;
    if (doc.date < span.from || doc.date > span.to) {
      problems.push(
        `${doc.file}: date: got "${doc.date}", expected a date within act ${scene.act} of scene "${doc.scene}" (${span.from} to ${span.to})`,
      );
    }
  }
  return problems;
}
