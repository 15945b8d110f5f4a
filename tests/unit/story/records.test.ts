// The story data as a record a reader can check against the chapters: every scene the data names
// is shown in its own act (a dateline or a step), every person the data puts at a scene is named
// in that act, and every place a scene or an arc point names is named in that act's prose.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { timeline } from '../helpers/realTimeline.ts';

const acts = readdirSync('content/acts')
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const body = readFileSync(`content/acts/${file}`, 'utf8');
    const prose = body.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<[^>]+>/g, ' ').replace(/[’]/g, "'").toLowerCase();
    return {
      file,
      act: Number(/^act: (\d+)$/m.exec(body)?.[1]),
      body,
      prose,
      datelines: [...body.matchAll(/<Dateline scene="([^"]+)" \/>/g)].map((m) => m[1] as string),
      steps: [...body.matchAll(/<Step scene="([^"]+)">/g)].map((m) => m[1] as string),
    };
  });

const characterNames = new Map(
  readdirSync('content/characters').map((f) => [f.replace(/\.md$/, ''), /^name: (.+)$/m.exec(readFileSync(`content/characters/${f}`, 'utf8'))?.[1] ?? '']),
);
const sceneById = new Map(timeline.scenes.map((s) => [s.id, s]));
const placeById = new Map(timeline.places.map((p) => [p.id, p]));
const actOf = (sceneId: string) => acts.find((a) => a.act === sceneById.get(sceneId)?.act);

const TITLES = new Set(['chancellor', 'the', 'auntie']);
/** A person is named when their given name or family name appears as a word (titles aside). */
const names = (prose: string, person: string) =>
  person
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !TITLES.has(word))
    .some((word) => new RegExp(`\\b${word}\\b`).test(prose));
const placeNamed = (prose: string, placeId: string) => {
  const name = placeById.get(placeId)?.name.replace(/^the /i, '').replace(/[’]/g, "'").toLowerCase();
  return name !== undefined && prose.includes(name);
};

/** Problems, not booleans: a failure says which record points at what the act does not show. */
function sceneShown(sceneId: string, where: string): string[] {
  const act = actOf(sceneId);
  if (!act) return [`${where}: scene "${sceneId}" belongs to no act`];
  return act.datelines.includes(sceneId) || act.steps.includes(sceneId) ? [] : [`${where}: scene "${sceneId}" has no dateline or step in ${act.file}`];
}
function personShown(sceneId: string, person: string, where: string): string[] {
  const act = actOf(sceneId);
  return act && names(act.prose, person) ? [] : [`${where}: "${person}" is not named in ${act?.file ?? 'any act'} (scene "${sceneId}")`];
}
function placeShown(sceneId: string, placeId: string, where: string): string[] {
  const act = actOf(sceneId);
  return act && placeNamed(act.prose, placeId) ? [] : [`${where}: place "${placeId}" is not named in ${act?.file ?? 'any act'} (scene "${sceneId}")`];
}

describe('the story data as a record', () => {
  it('opens every scene heading with a dateline of a scene of that act, and dates every scene once', () => {
    const problems: string[] = [];
    for (const act of acts) {
      const headings = (act.body.match(/^## .+$/gm) ?? []).length;
      const datelined = [...act.body.matchAll(/^## .+\n\n<Dateline scene="([^"]+)" \/>$/gm)].map((m) => m[1] as string);
      if (datelined.length !== headings) problems.push(`${act.file}: ${headings - datelined.length} scene heading(s) without a dateline right below`);
      for (const id of datelined) if (sceneById.get(id)?.act !== act.act) problems.push(`${act.file}: dateline "${id}" is not a scene of act ${act.act}`);
    }
    const all = acts.flatMap((a) => a.datelines);
    for (const scene of timeline.scenes) {
      const count = all.filter((id) => id === scene.id).length;
      if (count !== 1) problems.push(`scene "${scene.id}" has ${count} datelines, expected 1`);
    }
    expect(problems).toEqual([]);
  });

  it('keeps a blank line around every component tag, so MDX reads the Markdown between them', () => {
    const problems = acts.flatMap((act) => {
      const lines = act.body.split('\n');
      return lines.flatMap((line, i) =>
        /^<\/?(ScrollSection|Step|Dateline|Document|Testimony)\b/.test(line) && ((lines[i - 1] ?? '').trim() !== '' || (lines[i + 1] ?? '').trim() !== '')
          ? [`${act.file}:${i + 1}: ${line}`]
          : [],
      );
    });
    expect(problems).toEqual([]);
  });

  it('names every scene’s place in the prose of its act', () => {
    expect(timeline.scenes.flatMap((s) => placeShown(s.id, s.place, `scenes.json ${s.id}.place`))).toEqual([]);
  });

  it('shows every arc point’s scene, person and place in that scene’s act', () => {
    const problems = Object.entries(timeline.arcs.characters).flatMap(([id, points]) =>
      points.flatMap((point, i) => {
        const where = `arcs.json ${id}[${i}]`;
        return [
          ...sceneShown(point.scene, where),
          ...personShown(point.scene, characterNames.get(id) ?? id, where),
          ...(point.where ? placeShown(point.scene, point.where, `${where}.where`) : []),
        ];
      }),
    );
    expect(problems).toEqual([]);
  });

  it('shows every divide value’s scene in its act', () => {
    expect(Object.keys(timeline.divide.values).flatMap((id) => sceneShown(id, `divide.json ${id}`))).toEqual([]);
  });

  it('shows every change to the fabric at a scene of its act, with the people it ties named there', () => {
    const people = new Map(timeline.fabric.nodes.filter((n) => n.kind === 'person').map((n) => [n.id, n.label]));
    const changes = [
      ...timeline.fabric.nodes.map((n, i) => ({ where: `fabric.json nodes[${i}]`, from: n.from, until: n.until, ends: [n.id] })),
      ...timeline.fabric.links.map((l, i) => ({ where: `fabric.json links[${i}]`, from: l.from, until: l.until, ends: [l.source, l.target] })),
    ];
    const problems = changes.flatMap((change) =>
      [change.from, change.until].flatMap((sceneId) =>
        sceneId === undefined
          ? []
          : [
              ...sceneShown(sceneId, change.where),
              ...change.ends.flatMap((end) => (people.has(end) ? personShown(sceneId, people.get(end) as string, change.where) : [])),
            ],
      ),
    );
    expect(problems).toEqual([]);
  });

  it('fails when the data names someone an act does not (the check itself can fail)', () => {
    expect(personShown('a1-two-realms', 'Zebulon Quarrie', 'probe')).toHaveLength(1);
    expect(placeShown('a1-two-realms', 'salt-hall', 'probe')).toHaveLength(1);
    expect(sceneShown('a1-two-realms', 'probe')).toEqual([]);
  });
});
