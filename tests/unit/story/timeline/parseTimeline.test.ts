import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTimeline, TimelineError } from '../../../../src/story/timeline/parseTimeline.ts';

const read = (name: string) => JSON.parse(readFileSync(`content/data/${name}.json`, 'utf8'));
const real = () => ({ scenes: read('scenes'), divide: read('divide'), arcs: read('arcs'), fabric: read('fabric'), places: read('places') });
const characters = ['elias-tran', 'lyra-neumann', 'ivy-clarke', 'cyrus-mendez'];

function problemsOf(change: (files: ReturnType<typeof real>) => void): string[] {
  const files = real();
  change(files);
  try {
    parseTimeline(files, characters);
  } catch (error) {
    if (error instanceof TimelineError) return error.problems;
    throw error;
  }
  return [];
}

describe('parseTimeline', () => {
  it('accepts the real story data and computes the divide index as the mean of its components', () => {
    const timeline = parseTimeline(real(), characters);
    expect(timeline.scenes).toHaveLength(read('scenes').length);
    const first = read('divide').scenes['a1-two-realms'];
    expect(timeline.divide.values['a1-two-realms']?.index).toBe((first.access + first.trust + first.mobility + first.voice) / 4);
  });

  it('names the file, the field, what it got and what it expected for a bad value', () => {
    expect(problemsOf((f) => (f.scenes[0].act = 9))).toEqual(['content/data/scenes.json: [0].act: got 9, expected a number <= 5']);
  });

  it('refuses a duplicate scene id and scenes out of order', () => {
    expect(problemsOf((f) => (f.scenes[1].id = f.scenes[0].id))).toContainEqual(
      'content/data/scenes.json: [1].id: got "a1-two-realms", expected an id no other scene uses',
    );
    expect(problemsOf((f) => (f.scenes[1].date = '2145-01-01'))[0]).toMatch(/^content\/data\/scenes\.json: \[1\]: got act 1 on 2145-01-01 after act 1 on 2145-03-02, expected scenes in timeline order$/);
  });

  it('refuses a scene the divide data leaves out, and a component missing at a scene', () => {
    expect(problemsOf((f) => delete f.divide.scenes['a2-ivy-doubts'])).toEqual([
      'content/data/divide.json: scenes.a2-ivy-doubts: got nothing, expected the gap per component for every scene',
    ]);
    expect(problemsOf((f) => delete f.divide.scenes['a2-ivy-doubts'].trust)).toEqual([
      'content/data/divide.json: scenes.a2-ivy-doubts.trust: got nothing, expected a number from 0 to 100',
    ]);
  });

  it('refuses arcs for an unknown character and points out of timeline order', () => {
    expect(problemsOf((f) => (f.arcs.characters['nobody'] = f.arcs.characters['ivy-clarke']))[0]).toMatch(/characters\.nobody: got an unknown character/);
    expect(problemsOf((f) => f.arcs.characters['ivy-clarke'].reverse())[0]).toMatch(/characters\.ivy-clarke\[1\]\.scene: got ".*", expected a scene later than the point before it/);
  });

  it('refuses a link to a node that does not exist and a link born before its node', () => {
    expect(problemsOf((f) => (f.fabric.links[0].target = 'ghost'))).toContainEqual(`content/data/fabric.json: links[0].target: got "ghost", expected a node id from nodes`);
    expect(
      problemsOf((f) => {
        const node = f.fabric.nodes.find((n: { id: string }) => n.id === 'the-movement');
        f.fabric.links.push({ source: 'the-movement', target: 'lowmarket', kind: 'tie', from: 'a1-two-realms' });
        expect(node).toBeDefined();
      }),
    ).toContainEqual(`content/data/fabric.json: links[${read('fabric').links.length}].from: got "a1-two-realms", expected no earlier than when node "the-movement" appears`);
  });

  it('refuses a scene at a place that content/data/places.json does not list, naming the file, the scene and the place', () => {
    expect(problemsOf((f) => (f.scenes[3].place = 'the-moon'))).toEqual([
      `content/data/scenes.json: scene "${read('scenes')[3].id}".place: got "the-moon", expected a place id from content/data/places.json`,
    ]);
  });

  it('refuses an arc point at an unknown place and a place listed twice', () => {
    expect(problemsOf((f) => (f.arcs.characters['lyra-neumann'][0].where = 'atlantis'))).toEqual([
      'content/data/arcs.json: characters.lyra-neumann[0].where: got "atlantis", expected a place id from content/data/places.json',
    ]);
    expect(problemsOf((f) => f.places.push({ ...f.places[0] }))).toEqual([
      `content/data/places.json: [${read('places').length}].id: got "${read('places')[0].id}", expected an id no other place uses`,
    ]);
  });

  it('refuses whereabouts naming someone without an arc, an unknown place, or a person the arc already places', () => {
    const at = (id: string) => (read('scenes') as { id: string }[]).findIndex((scene) => scene.id === id);
    const quiet = at('a2-lyra-hears');
    expect(problemsOf((f) => (f.scenes[quiet].whereabouts = { 'bao-tran': 'pumphouse' }))).toEqual([
      'content/data/scenes.json: scene "a2-lyra-hears".whereabouts.bao-tran: got an unknown person, expected a protagonist with an arc in content/data/arcs.json (elias-tran, lyra-neumann, ivy-clarke, cyrus-mendez)',
    ]);
    expect(problemsOf((f) => (f.scenes[quiet].whereabouts = { 'lyra-neumann': 'the-moon' }))).toEqual([
      'content/data/scenes.json: scene "a2-lyra-hears".whereabouts.lyra-neumann: got "the-moon", expected a place id from content/data/places.json',
    ]);
    const gathering = at('a5-gathering');
    expect(problemsOf((f) => (f.scenes[gathering].whereabouts = { 'elias-tran': 'pumphouse' }))).toEqual([
      'content/data/scenes.json: scene "a5-gathering".whereabouts.elias-tran: got "pumphouse", expected nothing: content/data/arcs.json has a point for elias-tran at this scene, whose "where" says where they are',
    ]);
  });

  it('refuses a scene whose "who" names someone who is not a protagonist, or a protagonist twice', () => {
    const scene = read('scenes')[1];
    expect(problemsOf((f) => f.scenes[1].who.push('bao-tran'))).toEqual([
      `content/data/scenes.json: scene "${scene.id}".who[${scene.who.length}]: got "bao-tran", expected a protagonist id (elias-tran, lyra-neumann, ivy-clarke, cyrus-mendez)`,
    ]);
    expect(problemsOf((f) => f.scenes[1].who.push(scene.who[0]))).toEqual([
      `content/data/scenes.json: scene "${scene.id}".who[${scene.who.length}]: got "${scene.who[0]}" again, expected each protagonist once`,
    ]);
  });

  it('refuses an arc point at a scene whose "who" leaves that character out', () => {
    const first = read('arcs').characters['ivy-clarke'][0].scene;
    expect(problemsOf((f) => (f.scenes.find((s: { id: string }) => s.id === first).who = []))).toEqual([
      `content/data/arcs.json: characters.ivy-clarke[0].scene: got "${first}", whose "who" in content/data/scenes.json leaves out ivy-clarke, expected a scene they appear in`,
    ]);
  });

  it('refuses an end before a beginning', () => {
    expect(problemsOf((f) => (f.fabric.nodes[0].until = 'a1-two-realms'))).toContainEqual(
      'content/data/fabric.json: nodes[0].until: got "a1-two-realms", expected a scene after "a1-two-realms"',
    );
  });
});
