import { describe, expect, it } from 'vitest';
import { fabricData, type FabricData } from '../../../../src/viz/fabric/data.ts';
import { fabricCounts, fabricHeight, fabricView, sceneOf, shortLabel, type FabricView } from '../../../../src/viz/fabric/model.ts';
import { describeFabric, fabricTable } from '../../../../src/viz/fabric/describe.ts';
import { frame } from '../../../../src/scrolly/frame.ts';
import { timeline, sceneIds } from '../../helpers/realTimeline.ts';

const data = fabricData(timeline);
const width = 640;
const size = { width, height: fabricHeight(width) };
const at = (scene: string, towards = scene, t = 0) => ({ step: 0, scene, towards, t });
const view = (scene: string, towards = scene, t = 0, s = size) => fabricView(data, at(scene, towards, t), s);
const counts = (scene: string) => fabricCounts(data, sceneOf(data, scene).index);
const realmOf = (id: string) => data.nodes.find((n) => n.id === id)?.realm;
const alive = (scene: string) => {
  const index = sceneOf(data, scene).index;
  return {
    nodes: data.nodes.filter((n) => n.from <= index && index < (n.until ?? Infinity)),
    links: data.links.filter(([, , , from, until]) => from <= index && index < (until ?? Infinity)),
  };
};

/** Node ids reachable from `start` over the scene's links, never passing through `avoid`. */
function reachable(data: FabricData, scene: string, start: string, avoid: string): Set<string> {
  const { links } = alive(scene);
  const ids = data.nodes.map((n) => n.id);
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const here = queue.shift() as string;
    for (const [s, t] of links) {
      const [a, b] = [ids[s] as string, ids[t] as string];
      const next = a === here ? b : b === here ? a : undefined;
      if (next && next !== avoid && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** Text extents of a label as drawn (cap height above the baseline, descenders below). */
function labelBoxes(v: FabricView) {
  return v.labels.map((l) => {
    const w = l.text.length * v.fontSize * (l.strong ? 0.6 : 0.56);
    const left = l.anchor === 'start' ? l.x : l.anchor === 'end' ? l.x - w : l.x - w / 2;
    return { label: l, box: [left, l.y - 0.72 * v.fontSize, left + w, l.y + 0.2 * v.fontSize] as const };
  });
}

describe('fabric model: the story the data tells', () => {
  it('joins the realms only through the Loom at the start', () => {
    const { nodes, links } = alive('a1-two-realms');
    expect(nodes.some((n) => n.kind === 'hub')).toBe(true);
    const crossing = links.filter(([s, t, kind]) => kind !== 'control' && [data.nodes[s]?.realm, data.nodes[t]?.realm].sort().join() === 'alterna,glimmers');
    expect(crossing).toEqual([]);
    const fromAlterna = reachable(data, 'a1-two-realms', 'ivy-clarke', 'loom');
    expect([...fromAlterna].map(realmOf)).not.toContain('glimmers');
    expect(reachable(data, 'a1-two-realms', 'ivy-clarke', 'nobody')).toContain('elias-tran');
  });

  it('ends with the Loom and every control link gone, and the realms tied directly many times over', () => {
    const end = counts('a5-new-fabric');
    expect(end.loom).toBe(false);
    expect(end.control).toBe(0);
    expect(end.cross).toBeGreaterThanOrEqual(15);
    expect(end.cross / end.tie).toBeGreaterThan(0.4);
    const drawn = view('a5-new-fabric');
    expect(drawn.nodes.map((n) => n.kind)).not.toContain('hub');
    expect(drawn.links.filter((l) => l.kind === 'control')).toEqual([]);
  });

  it('grows cross-realm ties while control links only shrink after they peak', () => {
    const series = sceneIds.map(counts);
    const peak = Math.max(...series.map((c) => c.control));
    const afterPeak = series.slice(series.findIndex((c) => c.control === peak)).map((c) => c.control);
    expect([...afterPeak].sort((a, b) => b - a)).toEqual(afterPeak);
    expect(series[series.length - 1]?.cross).toBeGreaterThan(series[0]?.cross ?? 0);
  });
});

describe('fabric model: the view', () => {
  it('draws exactly the nodes and links alive at each scene, fully opaque, where the layout put them', () => {
    for (const id of sceneIds) {
      const v = view(id);
      const { nodes, links } = alive(id);
      expect(v.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
      expect(v.links).toHaveLength(links.length);
      expect([...v.nodes, ...v.links].every((m) => m.opacity === 1)).toBe(true);
      const ivy = data.nodes.findIndex((n) => n.id === 'ivy-clarke');
      const [u] = data.positions[id]?.[ivy] ?? [0];
      expect(v.nodes.find((n) => n.id === 'ivy-clarke')?.x).toBeCloseTo(6 + u * (width - 12), 0);
    }
  });

  it('moves nodes halfway and cross-fades what ends and what begins midway between two scenes', () => {
    const a = view('a5-dismantling');
    const b = view('a5-loom-dark');
    const mid = view('a5-dismantling', 'a5-loom-dark', 0.5);
    const cyrus = (v: FabricView) => v.nodes.find((n) => n.id === 'cyrus-mendez');
    expect(cyrus(mid)?.x).toBeCloseTo(((cyrus(a)?.x ?? 0) + (cyrus(b)?.x ?? 0)) / 2, 0);
    expect(mid.nodes.find((n) => n.id === 'loom')?.opacity).toBe(0.5);
    expect(mid.links.filter((l) => l.kind === 'control').map((l) => l.opacity)).toEqual([0.5, 0.5, 0.5, 0.5]);
    expect(mid.nodes.find((n) => n.id === 'elias-tran')?.opacity).toBe(1);
  });

  it('shows a node that is about to appear only once the frame starts moving towards it', () => {
    expect(view('a4-the-leak', 'a4-spires-revolt', 0).nodes.map((n) => n.id)).not.toContain('spires-dissenters');
    expect(view('a4-the-leak', 'a4-spires-revolt', 0.25).nodes.find((n) => n.id === 'spires-dissenters')?.opacity).toBe(0.25);
  });

  it('labels the Loom and the four leads at every scene, on a desktop and on a phone', () => {
    const phone = { width: 300, height: fabricHeight(300) };
    for (const id of sceneIds) {
      for (const s of [size, phone]) {
        const v = view(id, id, 0, s);
        const labelled = v.labels.map((l) => l.id);
        for (const node of v.nodes.filter((n) => n.lead || n.kind === 'hub')) expect(labelled, `${node.id} at ${id}, ${s.width}px`).toContain(node.id);
        expect(v.labels.find((l) => l.id === 'loom')?.text ?? 'The Loom').toBe('The Loom');
      }
    }
  });

  it('keeps labels inside the drawing and never draws one over another', () => {
    for (const w of [300, 390, 640, 700]) {
      const s = { width: w, height: fabricHeight(w) };
      for (const id of sceneIds) {
        const boxes = labelBoxes(view(id, id, 0, s));
        for (const [i, { label, box }] of boxes.entries()) {
          expect(box[0], `${label.text} at ${id}, ${w}px`).toBeGreaterThanOrEqual(-0.5);
          expect(box[2], `${label.text} at ${id}, ${w}px`).toBeLessThanOrEqual(w + 0.5);
          for (const other of boxes.slice(i + 1)) {
            const apart = box[2] <= other.box[0] + 0.5 || other.box[2] <= box[0] + 0.5 || box[3] <= other.box[1] + 0.5 || other.box[3] <= box[1] + 0.5;
            expect(apart, `${label.text} / ${other.label.text} at ${id}, ${w}px`).toBe(true);
          }
        }
      }
    }
  });

  it('uses short labels on a phone and full ones on a desktop', () => {
    expect(view('a1-cyrus-briefing').labels.map((l) => l.text)).toContain('Chancellor Adaeze Vos');
    const phone = view('a1-cyrus-briefing', 'a1-cyrus-briefing', 0, { width: 320, height: fabricHeight(320) });
    expect(phone.labels.map((l) => l.text)).toContain('Cyrus');
    expect(phone.fontSize).toBe(11);
  });

  it('counts the links in the key and keeps the key the same height whatever the counts', () => {
    const key = view('a1-two-realms').key;
    expect(key.slice(0, 4).map((k) => k.text)).toEqual(['13 control links', '0 bridges', '10 ties', '0 across realms']);
    expect(key.map((k) => k.glyph)).toEqual(['control', 'bridge', 'tie', 'cross', 'alterna', 'glimmers', 'seam', 'community', 'institution']);
    for (const w of [300, 640]) {
      const s = { width: w, height: fabricHeight(w) };
      const rows = new Set(sceneIds.map((id) => JSON.stringify(view(id, id, 0, s).key.map((k) => [k.x, k.y]))));
      expect(rows.size, `${w}px`).toBe(1);
    }
  });

  it('fits every mark inside the drawing', () => {
    for (const w of [300, 700]) {
      const s = { width: w, height: fabricHeight(w) };
      for (const id of sceneIds) {
        for (const n of view(id, id, 0, s).nodes) {
          expect(n.x - n.size).toBeGreaterThanOrEqual(0);
          expect(n.x + n.size).toBeLessThanOrEqual(w);
          expect(n.y + n.size).toBeLessThanOrEqual(s.height);
        }
      }
    }
  });

  it('clamps frames before the first step and after the last', () => {
    const scenes = ['a1-two-realms', 'a1-elias-studio'];
    expect(fabricView(data, frame(scenes, { step: -1, progress: 0 }), size).scene).toBe('a1-two-realms');
    expect(fabricView(data, frame(scenes, { step: 5, progress: 1 }), size).scene).toBe('a1-elias-studio');
  });

  it('refuses a scene that is not in its data, naming it', () => {
    expect(() => view('nowhere')).toThrow(/"nowhere"/);
    expect(() => describeFabric(data, 'a1-two-realms', 'elsewhere')).toThrow(/"elsewhere"/);
  });
});

describe('fabric model: words and numbers', () => {
  it('describes the first scene as the two realms held apart by the Loom', () => {
    expect(describeFabric(data, 'a1-two-realms')).toBe(
      'Two realms under one sky, March 2145: 14 nodes, 13 control links, 0 bridges and 10 ties, none across realms. The Loom is still at the centre, and no tie runs straight between Alterna and the Glimmers.',
    );
  });

  it('names what appeared since the step before', () => {
    expect(describeFabric(data, 'a1-elias-studio')).toBe(
      'A studio above Lowmarket, March 2145: 15 nodes, 14 control links, 0 bridges and 12 ties, none across realms. The Loom is still at the centre, and no tie runs straight between Alterna and the Glimmers. New: Bao. New ties: Bao–Elias Tran and Bao–Lowmarket.',
    );
  });

  it('tells of the Loom going dark with its last control links', () => {
    expect(describeFabric(data, 'a5-loom-dark', 'a5-dismantling')).toBe(
      'The Loom goes quiet, March 2147: 17 nodes, 0 control links, 2 bridges and 32 ties, 14 across realms. The Loom is gone, and its last 4 control links with it. Gone: The Throttle Lab.',
    );
  });

  it('counts changes from the previous step of the section, not the previous scene of the story', () => {
    const text = describeFabric(data, 'a5-dismantling', 'a5-crossing');
    expect(text).toContain('Cut loose from the Loom: The Throttle Lab, The Streams, Spires residents, Saltline, Mira Sato, Bao and Tomas Reyes.');
    expect(text).toContain('New ties: Ivy Clarke–Lyra Neumann, Elias Tran–Cyrus Mendez and Lowmarket–Spires residents.');
    expect(text).toContain('Ties ended: The Coherence Directorate–The Throttle Lab.');
  });

  it('says so when nothing changed', () => {
    expect(describeFabric(data, 'a1-the-question')).toMatch(/Nothing changed since the step before\.$/);
  });

  it('tabulates the section steps with nodes and each kind of link', () => {
    const table = fabricTable(data, ['a1-two-realms', 'a5-new-fabric']);
    expect(table.columns).toEqual(['Scene', 'Date', 'Nodes', 'Control links', 'Bridges', 'Ties', 'Cross-realm ties']);
    expect(table.rows).toEqual([
      ['Two realms under one sky', 'March 2145', '14', '13', '0', '10', '0'],
      ['A fabric made of stories', 'September 2147', '17', '0', '2', '37', '19'],
    ]);
    expect(table.numeric).toEqual([false, false, true, true, true, true, true]);
  });

  it('shortens labels to what fits a phone', () => {
    expect(shortLabel('Elias Tran', 'person')).toBe('Elias');
    expect(shortLabel('Chancellor Adaeze Vos', 'person')).toBe('Chancellor Vos');
    expect(shortLabel('The Coherence Directorate', 'institution')).toBe('Directorate');
    expect(shortLabel('The Thought-Collaborative', 'community')).toBe('Collaborative');
    expect(shortLabel('The movement', 'community')).toBe('Movement');
    expect(shortLabel('Spires residents', 'community')).toBe('Spires residents');
    expect(shortLabel('The Loom', 'hub')).toBe('The Loom');
  });
});
