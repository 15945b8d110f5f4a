import { describe, expect, it } from 'vitest';
import { divideData } from '../../../../src/viz/divide/data.ts';
import { describeDivide, divideTable, divideView, pointIndex } from '../../../../src/viz/divide/model.ts';
import { frame } from '../../../../src/scrolly/frame.ts';
import { timeline, sceneIds } from '../../helpers/realTimeline.ts';

const data = divideData(timeline);
const size = { width: 640, height: 466 };
const at = (scene: string, towards = scene, t = 0) => ({ step: 0, scene, towards, t });

describe('divide model', () => {
  it('has a point for every scene of the story, in order', () => {
    expect(data.points.map((p) => p.id)).toEqual(sceneIds);
  });

  it('shows each scene exactly: index and bars are the scene values', () => {
    for (const point of data.points) {
      const view = divideView(data, at(point.id), size);
      expect(view.index).toBe(point.index);
      expect(view.bars.map((b) => b.value)).toEqual(data.components.map((c) => point.components[c.id]));
    }
  });

  it('interpolates midway between two scenes', () => {
    const [a, b] = [data.points[12], data.points[20]];
    if (!a || !b) throw new Error('fixture');
    const mid = divideView(data, at(a.id, b.id, 0.5), size);
    expect(mid.reveal).toBe((pointIndex(data, a.id) + pointIndex(data, b.id)) / 2);
    const edges = [a.index, b.index].sort((x, y) => x - y) as [number, number];
    expect(mid.index).toBeGreaterThanOrEqual(edges[0] - 15);
    expect(mid.index).toBeLessThanOrEqual(Math.max(...data.points.map((p) => p.index)));
  });

  it('reveals the band further as the story moves on', () => {
    const widths = sceneIds.map((id) => divideView(data, at(id), size).revealWidth);
    expect([...widths].sort((x, y) => x - y)).toEqual(widths);
    expect(widths[0]).toBeLessThan(widths[widths.length - 1] as number);
  });

  it('keeps every mark inside the drawing', () => {
    for (const id of sceneIds) {
      const view = divideView(data, at(id), size);
      expect(view.cursorX).toBeGreaterThanOrEqual(0);
      expect(view.cursorX).toBeLessThanOrEqual(size.width);
      for (const bar of view.bars) expect(bar.width).toBeLessThanOrEqual(view.plot.barMax);
    }
  });

  it('clamps frames before the first step and after the last', () => {
    const scenes = ['a1-two-realms', 'a1-ivy-lab'];
    expect(divideView(data, frame(scenes, { step: -1, progress: 0 }), size).scene).toBe('a1-two-realms');
    expect(divideView(data, frame(scenes, { step: 5, progress: 1 }), size).scene).toBe('a1-ivy-lab');
  });

  it('refuses a scene that is not in the timeline', () => {
    expect(() => divideView(data, at('nowhere'), size)).toThrow(/nowhere/);
  });

  it('describes the first scene as the start of the story', () => {
    expect(describeDivide(data, 'a1-two-realms')).toBe(
      'Two realms under one sky, March 2145: the divide index stands at 71.5 of 100, where the story begins. Widest gap: access to the neural fabric (80); narrowest: share of voice (66).',
    );
  });

  it('describes the change since the previous step', () => {
    expect(describeDivide(data, 'a3-crackdown', 'a3-viral')).toMatch(/stands at 86 of 100, up 9\.7 points since “The Streams carry the Rooms everywhere”/);
    expect(describeDivide(data, 'a5-new-fabric', 'a5-crossing')).toMatch(/down 26\.5 points/);
  });

  it('tabulates the section steps with the index and every component', () => {
    const table = divideTable(data, ['a1-two-realms', 'a5-new-fabric']);
    expect(table.columns).toEqual(['Scene', 'Date', 'Index', ...data.components.map((c) => c.label)]);
    expect(table.rows).toHaveLength(2);
    expect(table.rows[1]?.slice(0, 3)).toEqual(['A fabric made of stories', 'September 2147', '12.5']);
  });
});
