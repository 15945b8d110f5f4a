import { describe, expect, it } from 'vitest';
import { cssString, pageMarginCss } from '../../../src/site/print.ts';

describe('pageMarginCss', () => {
  it('puts the running title at the top and page numbers at the bottom of every page but the first', () => {
    const css = pageMarginCss('The Neural Fabric · Act 2: Dissonance');
    expect(css).toContain('@top-left { content: "The Neural Fabric · Act 2: Dissonance";');
    expect(css).toContain('@bottom-right { content: counter(page) " / " counter(pages);');
    expect(css).toMatch(/@page :first \{\s*@top-left \{ content: none; \}/);
  });
  it('escapes quotes and backslashes in titles', () => {
    expect(cssString('Say "hi" \\ bye')).toBe('"Say \\"hi\\" \\\\ bye"');
  });
});
