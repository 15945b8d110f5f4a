import { describe, expect, it } from 'vitest';
import { assembleSteps, PRINT_SLOT, readStepScenes, stepId } from '../../../src/scrolly/assembleSteps.ts';

const step = (scene: string) => `<div class="step" data-scene="${scene}"><div class="step-card">${scene}</div>${PRINT_SLOT}</div>`;

describe('assembleSteps', () => {
  const html = step('a') + '\n' + step('b') + step('c');
  it('reads the scenes in document order', () => {
    expect(readStepScenes(html)).toEqual(['a', 'b', 'c']);
  });
  it('gives every step a stable anchor id and its index', () => {
    const out = assembleSteps(html, 'divide', () => '');
    expect(out.ids).toEqual(['divide-a', 'divide-b', 'divide-c']);
    expect(out.html).toContain('<div class="step" id="divide-b" data-step="1" data-scene="b"');
  });
  it("puts each step's print figure inside that step", () => {
    const out = assembleSteps(html, 'arcs', (i, scene, scenes) => `<figure>${i}:${scene}/${scenes.length}</figure>`);
    expect(out.html).not.toContain(PRINT_SLOT);
    expect(out.html).toContain('<div class="step-card">b</div><figure>1:b/3</figure></div>');
  });
  it('builds ids from the chart and the scene', () => {
    expect(stepId('fabric', 'a5-new-fabric')).toBe('fabric-a5-new-fabric');
  });
  it('leaves prose that merely looks like a step alone', () => {
    const prose = '<p>&lt;div class="step" data-scene="x"&gt;</p>';
    const out = assembleSteps(prose + step('a'), 'divide', () => '<figure></figure>');
    expect(out.scenes).toEqual(['a']);
    expect(out.ids).toEqual(['divide-a']);
    expect(out.html).toMatch(/^<p>&#x3C;div class="step" data-scene="x">/);
  });
  it('names the section and step whose markup is wrong', () => {
    const where = 'content/acts/02-dissonance.mdx: scroll section 2';
    expect(() => readStepScenes(step('a') + '<div class="step"></div>', where)).toThrow(
      'content/acts/02-dissonance.mdx: scroll section 2, step 2: data-scene: got nothing, expected the scene id Step.astro writes',
    );
    const noSlot = '<div class="step" data-scene="b"><div class="step-card">b</div></div>';
    expect(() => assembleSteps(step('a') + noSlot, 'divide', () => '', where)).toThrow(
      'content/acts/02-dissonance.mdx: scroll section 2, step 2: print slot: got 0, expected exactly one',
    );
    const nested = `<div class="step" data-scene="a">${step('b')}${PRINT_SLOT}</div>`;
    expect(() => assembleSteps(nested, 'divide', () => '', where)).toThrow('scroll section 2, step 1: got a <Step> inside another');
  });
});
