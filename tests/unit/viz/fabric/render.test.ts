import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import ChartData from '../../../../src/viz/shared/ChartData.svelte';
import { fabricTable } from '../../../../src/viz/fabric/describe.ts';
import Fabric from '../../../../src/viz/fabric/Fabric.svelte';
import { fabricData } from '../../../../src/viz/fabric/data.ts';
import { timeline } from '../../helpers/realTimeline.ts';

const scenes = ['a1-two-realms', 'a4-spires-revolt', 'a5-new-fabric'];
const data = fabricData(timeline, scenes);
const html = (step: number, extra = {}) => render(Fabric, { props: { data, scenes, title: 'The neural fabric', step, ...extra } }).body;

describe('Fabric server rendering', () => {
  it('renders a complete chart with its state, name, description and data table', () => {
    const body = html(1);
    expect(body).toContain('data-scene="a4-spires-revolt"');
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
    expect(body).toContain('The Spires revolt, May 2146: 19 nodes, 15 control links, 2 bridges and 25 ties, 7 across realms.');
    expect(body).not.toContain('<table');
    expect((render(ChartData, { props: { table: fabricTable(data, scenes) } }).body.match(/<tr>/g) ?? []).length).toBe(1 + scenes.length);
  });

  it('draws the Loom, labelled, while it stands, and not once it is gone', () => {
    expect(html(0)).toMatch(/data-node="loom"[\s\S]*>The Loom<\/text>/);
    expect(html(2)).not.toContain('data-node="loom"');
    expect(html(2)).not.toContain('>The Loom</text>');
  });

  it('shows the counts in the key', () => {
    expect(html(0)).toMatch(/>13 control links<\/text>[\s\S]*>0 bridges<\/text>[\s\S]*>10 ties<\/text>/);
  });

  it('renders a print figure hidden from assistive technology, without the table', () => {
    const body = html(2, { print: true, sceneLabel: 'A fabric made of stories' });
    expect(body).toContain('class="print-figure"');
    expect(body).toContain('aria-hidden="true"');
    expect(body).not.toContain('Data behind this chart');
  });

  it.each([0, 1, 2])('matches the stored SVG at step %i', async (step) => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html(step))?.[0];
    await expect(svg).toMatchFileSnapshot(`../../__snapshots__/fabric-step-${step}.svg`);
  });
});
