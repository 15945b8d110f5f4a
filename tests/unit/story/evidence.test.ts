// The evidence the chapters cite: records in content/documents/ placed where the story refers to
// them and dated inside their scene's act, and testimony from named witnesses given after the
// scene it speaks of.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { timeline } from '../helpers/realTimeline.ts';

/** One frontmatter value, unquoted, without a trailing comment. */
const field = (text: string, name: string) => new RegExp(`^${name}: "?([^"\\n#]*?)"?\\s*(#.*)?$`, 'm').exec(text)?.[1];
const documents = readdirSync('content/documents').map((f) => {
  const text = readFileSync(`content/documents/${f}`, 'utf8');
  return { id: f.replace(/\.md$/, ''), kind: field(text, 'kind'), date: field(text, 'date') ?? '', scene: field(text, 'scene') ?? '', body: text.replace(/^---\n[\s\S]*?\n---\n/, '') };
});
const witnesses = new Set(
  readdirSync('content/characters').filter((f) => /^kind: witness$/m.test(readFileSync(`content/characters/${f}`, 'utf8'))).map((f) => f.replace(/\.md$/, '')),
);
const acts = readdirSync('content/acts').filter((f) => f.endsWith('.mdx')).sort().map((file) => ({ file, body: readFileSync(`content/acts/${file}`, 'utf8') }));
const sceneById = new Map(timeline.scenes.map((s) => [s.id, s]));
const span = (act: number) => {
  const dates = timeline.scenes.filter((s) => s.act === act).map((s) => s.date);
  return [dates[0] as string, dates[dates.length - 1] as string] as const;
};
const placed = acts.flatMap(({ file, body }) => [...body.matchAll(/<Document id="([^"]+)" \/>/g)].map((m) => ({ file, id: m[1] as string })));
const testimonies = acts.flatMap(({ file, body }) =>
  [...body.matchAll(/<Testimony who="([^"]+)" date="([^"]+)">/g)].map((m) => {
    const before = [...body.slice(0, m.index).matchAll(/<Dateline scene="([^"]+)" \/>/g)].pop()?.[1] ?? '';
    return { file, who: m[1] as string, date: m[2] as string, scene: before };
  }),
);

describe('the documents', () => {
  it('are at least fourteen, at least two per act, of at least eight kinds', () => {
    expect(documents.length).toBeGreaterThanOrEqual(14);
    for (const act of [1, 2, 3, 4, 5]) expect(documents.filter((d) => sceneById.get(d.scene)?.act === act).length, `act ${act}`).toBeGreaterThanOrEqual(2);
    expect(new Set(documents.map((d) => d.kind)).size).toBeGreaterThanOrEqual(8);
  });
  it('are each dated inside their scene’s act and placed once, in that act', () => {
    for (const doc of documents) {
      const scene = sceneById.get(doc.scene);
      expect(scene, `${doc.id}: scene`).toBeDefined();
      const [first, last] = span(scene?.act ?? 0);
      expect(doc.date >= first && doc.date <= last, `${doc.id}: ${doc.date} outside ${first}..${last}`).toBe(true);
      const where = placed.filter((p) => p.id === doc.id);
      expect(where.map((p) => Number(p.file.slice(0, 2))), doc.id).toEqual([scene?.act]);
    }
    for (const p of placed) expect(documents.some((d) => d.id === p.id), `${p.file}: ${p.id}`).toBe(true);
  });
  it('keep to 120-320 words and give ledgers and logs a table', () => {
    for (const doc of documents) {
      const words = doc.body.split(/\s+/).filter((w) => /\w/.test(w)).length;
      expect(words, doc.id).toBeGreaterThanOrEqual(120);
      expect(words, doc.id).toBeLessThanOrEqual(320);
      if (doc.kind === 'ledger' || doc.kind === 'broadcast-log') expect(doc.body, doc.id).toMatch(/^\|.*\|\n\|[ -|]+\|$/m);
    }
  });
});

describe('the testimony', () => {
  it('is at least ten quotes from at least six witnesses, none of them a protagonist', () => {
    expect(testimonies.length).toBeGreaterThanOrEqual(10);
    expect(new Set(testimonies.map((t) => t.who)).size).toBeGreaterThanOrEqual(6);
    for (const t of testimonies) expect(witnesses.has(t.who), `${t.file}: ${t.who}`).toBe(true);
  });
  it('is dated after the scene it speaks of', () => {
    for (const t of testimonies) expect(t.date > (sceneById.get(t.scene)?.date ?? '9999'), `${t.file}: ${t.who} at ${t.scene}`).toBe(true);
  });
});
