import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartData from '../../../../src/viz/shared/ChartData.svelte';
import { divideTable } from '../../../../src/viz/divide/model.ts';
import Divide from '../../../../src/viz/divide/Divide.svelte';
import { divideData } from '../../../../src/viz/divide/data.ts';
import { timeline } from '../../helpers/realTimeline.ts';

const data = divideData(timeline);
const scenes = ['a1-two-realms', 'a3-crackdown', 'a5-new-fabric'];
const html = (step: number, extra = {}) => render(Divide, { props: { data, scenes, title: 'The divide', step, ...extra } }).body;

describe('Divide server rendering', () => {
  it('renders a complete chart with its state, name, description and data table', () => {
    const body = html(1);
    expect(body).toContain('data-scene="a3-crackdown"');
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
    expect(body).toContain('The crackdown, September 2145: the divide index stands at 86 of 100');
    expect(body).not.toContain('<table');
    expect((render(ChartData, { props: { table: divideTable(data, scenes) } }).body.match(/<tr>/g) ?? []).length).toBe(1 + scenes.length);
  });

  it('renders a print figure hidden from assistive technology, without the table', () => {
    const body = html(2, { print: true, sceneLabel: 'A fabric made of stories' });
    expect(body).toContain('class="print-figure"');
    expect(body).toContain('aria-hidden="true"');
    expect(body).not.toContain('Data behind this chart');
  });

  it.each([0, 1, 2])('matches the stored SVG at step %i', async (step) => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html(step))?.[0];
    await expect(svg).toMatchFileSnapshot(`../../__snapshots__/divide-step-${step}.svg`);
  });
});
