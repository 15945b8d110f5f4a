import { describe, expect, it } from 'vitest';
import { sceneAnchor, timelineData } from '../../../../src/viz/timeline/data.ts';
import { actSpanWords, LAYOUT, sceneName, timelineModel, wrap } from '../../../../src/viz/timeline/model.ts';
import { protagonists, timeline } from '../../helpers/realTimeline.ts';

const section = (chart: string, scenes: string[]) => ({ chart, title: chart, scenes });
const chapters = [1, 2, 3, 4, 5].map((act) => ({
  act,
  title: `Title ${act}`,
  href: `/base/acts/act-${act}/`,
  sections: act === 2 ? [section('divide', ['a2-exhibition-opens']), section('arcs', ['a2-exhibition-opens', 'a2-ivy-doubts'])] : [],
}));
const data = timelineData(timeline, protagonists, chapters);

describe('the timeline data', () => {
  it('keeps every scene in order with who appears, in lane order', () => {
    expect(data.scenes.map((s) => s.id)).toEqual(timeline.scenes.map((s) => s.id));
    expect(data.scenes.find((s) => s.id === 'a1-the-question')?.who).toEqual(protagonists.map((p) => p.id));
    expect(data.scenes.find((s) => s.id === 'a1-two-realms')?.who).toEqual([]);
    expect(data.acts.map((a) => [a.act, a.from, a.href])).toEqual([
      [1, '2145-03-02', '/base/acts/act-1/'],
      [2, '2145-06-14', '/base/acts/act-2/'],
      [3, '2145-09-01', '/base/acts/act-3/'],
      [4, '2146-01-10', '/base/acts/act-4/'],
      [5, '2146-10-05', '/base/acts/act-5/'],
    ]);
  });

  it("links a scene to its first step in its chapter, else to its dateline", () => {
    const href = (id: string) => data.scenes.find((s) => s.id === id)?.href;
    expect(href('a2-exhibition-opens')).toBe('/base/acts/act-2/#divide-a2-exhibition-opens');
    expect(href('a2-ivy-doubts')).toBe('/base/acts/act-2/#arcs-a2-ivy-doubts');
    expect(href('a2-lyra-hears')).toBe('/base/acts/act-2/#scene-a2-lyra-hears');
    expect(sceneAnchor('a1-ivy-lab', chapters[0]!)).toBe('/base/acts/act-1/#scene-a1-ivy-lab');
    expect(timelineData(timeline, protagonists).scenes[0]?.href).toBeUndefined();
  });
});

describe('the timeline model', () => {
  const across = timelineModel(data, { orientation: 'across' });
  const down = timelineModel(data, { orientation: 'down', act: 3 });

  it('lays time left to right across, one lane per protagonist below the scenes row', () => {
    expect(across.width).toBe(LAYOUT.across.width);
    expect(across.height).toBe(LAYOUT.across.top + LAYOUT.across.row * 5 + LAYOUT.across.bottom);
    expect(across.lanes.map((l) => [l.name, l.text])).toEqual(protagonists.map((p) => [p.name, p.name]));
    const ys = across.lanes.map((l) => l.line.y1);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    expect(across.lanes.every((l) => l.line.y1 === l.line.y2 && l.line.x1 === LAYOUT.across.gutter)).toBe(true);
    const xs = across.scenes.map((s) => s.mark.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    for (let i = 1; i < xs.length; i += 1) expect((xs[i] as number) - (xs[i - 1] as number)).toBeGreaterThanOrEqual(LAYOUT.across.gap - 0.11);
  });

  it('runs time top to bottom down a phone, lanes as columns named by first name', () => {
    expect(down.width).toBe(LAYOUT.down.width);
    expect(down.height).toBe(LAYOUT.down.top + LAYOUT.down.monthLength * 31 + LAYOUT.down.bottom);
    expect(down.lanes.map((l) => l.text)).toEqual(['Elias', 'Lyra', 'Ivy', 'Cyrus']);
    expect(down.lanes.every((l) => l.line.x1 === l.line.x2)).toBe(true);
    const ys = down.scenes.map((s) => s.mark.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
  });

  it('draws five act bands that tile the time axis, each scene inside its own act', () => {
    for (const g of [across, down]) {
      const t0 = (b: (typeof g.bands)[number]) => (g === across ? b.x : b.y);
      const t1 = (b: (typeof g.bands)[number]) => t0(b) + (g === across ? b.width : b.height);
      expect(g.bands.map((b) => b.act)).toEqual([1, 2, 3, 4, 5]);
      g.bands.slice(1).forEach((band, i) => expect(t0(band)).toBeCloseTo(t1(g.bands[i]!), 9));
      for (const scene of g.scenes) {
        const band = g.bands.find((b) => b.act === scene.act)!;
        const t = g === across ? scene.mark.x : scene.mark.y;
        expect(t).toBeGreaterThanOrEqual(t0(band));
        expect(t).toBeLessThanOrEqual(t1(band));
      }
    }
    expect(across.bands[1]?.lines).toEqual(['Act 2', 'Title 2']);
  });

  it('puts a mark in the lane of each protagonist who appears, and only there', () => {
    const question = across.scenes.find((s) => s.id === 'a1-the-question')!;
    expect(question.dots.map((d) => d.y)).toEqual(across.lanes.map((l) => l.line.y1));
    expect(across.scenes.find((s) => s.id === 'a1-two-realms')?.dots).toEqual([]);
    const elias = across.lanes[0]!;
    expect(elias.dots.match(/M/g)).toHaveLength(data.scenes.filter((s) => s.who.includes('elias-tran')).length);
    expect(elias.fadedDots).toBe('');
  });

  it('highlights one act and fades the other scenes', () => {
    expect(down.bands.filter((b) => b.current).map((b) => b.act)).toEqual([3]);
    expect(down.scenes.filter((s) => !s.faded).every((s) => s.act === 3)).toBe(true);
    expect(down.scenes.filter((s) => s.faded)).toHaveLength(data.scenes.filter((s) => s.act !== 3).length);
    expect(across.scenes.some((s) => s.faded)).toBe(false);
  });

  it('names each scene link by its date and label', () => {
    const scene = across.scenes.find((s) => s.id === 'a2-exhibition-opens')!;
    expect(scene.name).toBe('14 June 2145: The Dissonance Rooms open (Act 2)');
    expect(scene.href).toBe('/base/acts/act-2/#divide-a2-exhibition-opens');
    expect(sceneName(data.scenes[0]!)).toBe('2 March 2145: Two realms under one sky (Act 1)');
  });

  it('words act spans and wraps labels', () => {
    expect(actSpanWords(data, 2)).toBe('June to July 2145');
    expect(actSpanWords(data, 3)).toBe('September to November 2145');
    expect(actSpanWords(data, 5)).toBe('October 2146 to September 2147');
    expect(wrap('The New Fabric', 9)).toEqual(['The New', 'Fabric']);
    expect(wrap('Dissonance', 4)).toEqual(['Dissonance']);
  });
});
