import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartData from '../../../../src/viz/shared/ChartData.svelte';
import { arcsTable } from '../../../../src/viz/arcs/model.ts';
import Arcs from '../../../../src/viz/arcs/Arcs.svelte';
import { arcsData } from '../../../../src/viz/arcs/data.ts';
import { timeline, protagonists } from '../../helpers/realTimeline.ts';

const data = arcsData(timeline, protagonists);
const scenes = ['a1-cyrus-briefing', 'a3-quiet-address', 'a5-new-fabric'];
const html = (step: number, extra = {}) => render(Arcs, { props: { data, scenes, title: 'Four people', step, ...extra } }).body;
const svgOf = (body: string) => /<svg[\s\S]*<\/svg>/.exec(body)?.[0];

describe('Arcs server rendering', () => {
  it('renders a complete chart with its state, name, description and data table', () => {
    const body = html(1);
    expect(body).toContain('data-chart="arcs"');
    expect(body).toContain('data-scene="a3-quiet-address"');
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
    expect(body).toContain('Quiet Address, October 2145. Elias Tran moves towards Alterna and a little towards agency');
    expect(body).toContain('Cyrus Mendez moves towards the Glimmers and a long way towards agency (allegiance −0.64 to −0.45, stance −0.30 to 0.35)');
    expect(body).not.toContain('<table');
    expect((render(ChartData, { props: { table: arcsTable(data, scenes) } }).body.match(/<tr>/g) ?? []).length).toBe(1 + scenes.length);
    for (const name of ['Elias', 'Lyra', 'Ivy', 'Cyrus']) expect(svgOf(body)).toContain(`>${name}</text>`);
  });

  it('draws only the characters who have appeared by the step', () => {
    const svg = svgOf(html(0)) ?? '';
    expect((svg.match(/class="marker/g) ?? []).length).toBe(4);
    const early = render(Arcs, { props: { data, scenes: ['a1-elias-studio'], title: 'One person' } }).body;
    expect((svgOf(early)?.match(/class="marker/g) ?? []).length).toBe(1);
  });

  it('renders a print figure hidden from assistive technology, without the table', () => {
    const body = html(2, { print: true, sceneLabel: 'A fabric made of stories' });
    expect(body).toContain('class="print-figure"');
    expect(body).toContain('aria-hidden="true"');
    expect(body).toContain('A fabric made of stories');
    expect(body).not.toContain('Data behind this chart');
  });

  it('renders one character’s whole arc for a character page', () => {
    const points = timeline.arcs.characters['ivy-clarke'] ?? [];
    const own = points.map((p) => p.scene);
    const body = render(Arcs, { props: { data, scenes: own, title: 'Ivy’s arc', step: own.length - 1, focus: 'ivy-clarke' } }).body;
    const svg = svgOf(body) ?? '';
    expect((svg.match(/class="number/g) ?? []).length).toBe(points.length);
    expect((svg.match(/class="name/g) ?? []).length).toBe(1);
    expect(body).toContain('Ivy Clarke’s arc so far, 13 points');
    const table = render(ChartData, { props: { table: arcsTable(data, own, 'ivy-clarke') } }).body;
    expect(table).toMatch(/<th scope="col"[^>]*>Why<\/th>/);
    expect((table.match(/<tr>/g) ?? []).length).toBe(1 + points.length);
  });

  it.each([0, 1, 2])('matches the stored SVG at step %i', async (step) => {
    await expect(svgOf(html(step))).toMatchFileSnapshot(`../../__snapshots__/arcs-step-${step}.svg`);
  });

  it('matches the stored SVG of a character page', async () => {
    const own = (timeline.arcs.characters['elias-tran'] ?? []).map((p) => p.scene);
    const body = render(Arcs, { props: { data, scenes: own, title: 'Elias’s arc', step: own.length - 1, focus: 'elias-tran' } }).body;
    await expect(svgOf(body)).toMatchFileSnapshot('../../__snapshots__/arcs-focus-elias-tran.svg');
  });
});
