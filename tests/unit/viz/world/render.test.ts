import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartData from '../../../../src/viz/shared/ChartData.svelte';
import World from '../../../../src/viz/world/World.svelte';
import { worldData } from '../../../../src/viz/world/data.ts';
import { worldTable } from '../../../../src/viz/world/model.ts';
import { timeline, protagonists } from '../../helpers/realTimeline.ts';

const scenes = ['a3-crackdown', 'a3-ivy-turn', 'a3-ivy-risk', 'a3-quiet-address', 'a3-call-for-change'];
const data = worldData(timeline, protagonists, scenes);
const html = (step: number, extra = {}) => render(World, { props: { data, scenes, title: 'Down and up', step, ...extra } }).body;
const svgOf = (body: string) => /<svg[\s\S]*<\/svg>/.exec(body)?.[0] ?? '';

describe('World server rendering', () => {
  it('renders a complete chart with its state, name, description and data table', () => {
    const body = html(2);
    expect(body).toContain('data-chart="world"');
    expect(body).toContain('data-scene="a3-ivy-risk"');
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
    expect(body).toContain("Elias Tran goes up from Elias Tran's studio (Lowmarket, 9 m) to the ninth terrace (the Spires, 760 m).");
    expect(body).not.toContain('<table');
    const table = render(ChartData, { props: { table: worldTable(data, scenes) } }).body;
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + scenes.length);
  });

  it('puts each protagonist’s marker at the place of the step, named on the chart', () => {
    const svg = svgOf(html(2));
    for (const [id, place] of [['elias-tran', 'ninth-terrace'], ['ivy-clarke', 'ninth-terrace'], ['lyra-neumann', 'pumphouse'], ['cyrus-mendez', 'directorate']]) {
      expect(svg).toMatch(new RegExp(`data-character="${id}" data-place="${place}"`));
    }
    for (const name of ['Elias', 'Lyra', 'Ivy', 'Cyrus']) expect(svg).toContain(`>${name}</text>`);
  });

  it('renders a print figure hidden from assistive technology', () => {
    const body = html(1, { print: true, sceneLabel: 'Ivy climbs to the roof' });
    expect(body).toContain('class="print-figure"');
    expect(body).toContain('aria-hidden="true"');
  });

  it('keeps the drawing lean: a fixed number of elements plus a few per person and label', () => {
    const svg = svgOf(html(4));
    const elements = (svg.match(/<[a-z]/g) ?? []).length;
    expect(elements).toBeLessThanOrEqual(45);
  });

  it.each([0, 2, 4])('matches the stored SVG at step %i', async (step) => {
    await expect(svgOf(html(step))).toMatchFileSnapshot(`../../__snapshots__/world-step-${step}.svg`);
  });
});
