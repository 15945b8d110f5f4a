import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Timeline from '../../../../src/viz/timeline/Timeline.svelte';
import { timelineData } from '../../../../src/viz/timeline/data.ts';
import { FIGURES } from '../../../../src/viz/registry.ts';
import { protagonists, scenesOfAct, timeline } from '../../helpers/realTimeline.ts';

const chapters = [1, 2, 3, 4, 5].map((act) => ({ act, title: `Title ${act}`, href: `/acts/act-${act}/`, sections: [] }));
const data = timelineData(timeline, protagonists, chapters);
const html = (props = {}) => render(Timeline, { props: { data, scenes: [], title: 'The story', ...props } }).body;
const svgs = (body: string) => body.match(/<svg[\s\S]*?<\/svg>/g) ?? [];

describe('Timeline server rendering', () => {
  it('is registered as a standing figure whose data and table agree with the component', () => {
    const entry = FIGURES.timeline;
    expect(entry.component).toBe(Timeline);
    expect(entry.data({ timeline, characters: protagonists, chapters })).toEqual(data);
    expect(entry.table(data, scenesOfAct(4)).rows).toHaveLength(scenesOfAct(4).length);
  });

  it('draws both orientations, named and described, each scene a named link, with the table', () => {
    const body = html();
    expect(svgs(body)).toHaveLength(2);
    for (const svg of svgs(body)) {
      expect(svg).toMatch(/^<svg[^>]*aria-labelledby="[^"]+"[^>]*aria-describedby="[^"]+"/);
      expect(svg.match(/<a /g)).toHaveLength(35);
      expect(svg).toContain('<a href="/acts/act-2/#scene-a2-exhibition-opens" aria-label="14 June 2145: The Dissonance Rooms open (Act 2)" data-scene="a2-exhibition-opens"');
    }
    expect(body).toContain('Data behind this chart');
    expect(body.match(/<tr>/g)).toHaveLength(36);
  });

  it('in a chapter, highlights its act, tables only its scenes and marks the scene at `step`', () => {
    const scenes = scenesOfAct(3);
    const body = html({ act: 3, scenes, step: 1 });
    expect(body.match(/<rect class="band[^"]*\bcurrent\b/g)).toHaveLength(2);
    expect(body.match(/<rect class="band[^"]*\bcurrent\b[^>]*>/g)?.every((band) => band.includes(' odd'))).toBe(true);
    expect(body.match(/<tr>/g)).toHaveLength(1 + scenes.length);
    expect(body.match(/<a [^>]*class="[^"]*\bcurrent\b[^"]*"/g)?.map((a) => /data-scene="([^"]+)"/.exec(a)?.[1])).toEqual([scenes[1], scenes[1]]);
  });

  it("in a chapter's compact form, draws across only, at every width", () => {
    const body = html({ act: 2, scenes: scenesOfAct(2), compact: true });
    expect(svgs(body)).toHaveLength(1);
    expect(svgs(body)[0]).toMatch(/^<svg class="timeline-svg across [^"]*\balways\b/);
    expect(body).toContain('class="timeline-scroll');
  });

  it.each(['across', 'down'])('matches the stored SVG drawn %s', async (orientation) => {
    const svg = svgs(html({ act: 2 })).find((s) => s.includes(`timeline-svg ${orientation}`));
    await expect(svg).toMatchFileSnapshot(`../../__snapshots__/timeline-${orientation}.svg`);
  });
});
