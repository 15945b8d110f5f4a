import { describe, expect, it } from 'vitest';
import { timelineData } from '../../../../src/viz/timeline/data.ts';
import { describeTimeline, timelineTable } from '../../../../src/viz/timeline/describe.ts';
import { protagonists, scenesOfAct, timeline } from '../../helpers/realTimeline.ts';

const data = timelineData(timeline, protagonists);

describe('the timeline in words', () => {
  it('describes the whole story: its span, its acts and who appears how often', () => {
    const text = describeTimeline(data);
    expect(text).toMatch(/^A timeline of the story's 35 scenes, from March 2145 to September 2147, in five acts: Act 1, Act 1, March to April 2145 \(6 scenes\);/);
    const count = (id: string) => timeline.scenes.filter((s) => s.who.includes(id)).length;
    expect(text).toContain(`Elias Tran in ${count('elias-tran')}, Lyra Neumann in ${count('lyra-neumann')}, Ivy Clarke in ${count('ivy-clarke')} and Cyrus Mendez in ${count('cyrus-mendez')}.`);
  });

  it('opens with the highlighted act when there is one', () => {
    expect(describeTimeline(data, 2)).toMatch(/^Act 2, Act 2, is highlighted: 6 scenes from 14 June 2145 to 5 July 2145, with Elias Tran, Lyra Neumann, Ivy Clarke and Cyrus Mendez\. A timeline/);
  });

  it('tables every scene, or the scenes asked for, with date, act and protagonists', () => {
    const all = timelineTable(data);
    expect(all.columns).toEqual(['Scene', 'Date', 'Act', 'Protagonists']);
    expect(all.rows).toHaveLength(35);
    expect(all.caption).toBe('Every scene of the story, in order, and the protagonists in each');
    expect(all.rows[0]).toEqual(['Two realms under one sky', '2 March 2145', '1', 'none of the four']);
    const act2 = timelineTable(data, scenesOfAct(2));
    expect(act2.caption).toBe('The scenes of Act 2, in order, and the protagonists in each');
    expect(act2.rows.map((r) => r[0])).toEqual(timeline.scenes.filter((s) => s.act === 2).map((s) => s.label));
    expect(act2.rows.find((r) => r[0] === 'Lyra goes looking for Elias')?.[3]).toBe('Elias Tran, Lyra Neumann');
  });
});
