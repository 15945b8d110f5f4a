// A built site in miniature: the pages the e-book builder reads, with one act of two scenes and
// a scroll step with its figure, one person, and an about page with a glossary.

const chapterArticle = (act: number, title: string, body: string) =>
  `<article class="book-chapter chapter" id="act-${act}" data-act="${act}" data-astro-cid-x><header class="prose book-chapter-head"><p class="kicker">Act ${act} of 5</p><h1>${title}</h1><p class="dek">Dek.</p></header><div class="chapter-body">${body}</div></article>`;

export const GOOD_BODY =
  '<h2 id="first-scene">First scene</h2><p>Prose with a link to <a href="/characters/elias-tran/">Elias</a> and the <a href="/about/#term-lace">lace</a>.</p>' +
  '<section class="scrolly book" data-chart="divide"><div class="scrolly-steps"><div class="step" id="divide-a1-x" data-step="0" data-scene="a1-x"><div class="step-card"><p class="step-scene">March 2145</p><p>Step text.</p></div>' +
  '<figure class="print-figure" data-chart="divide" data-scene="a1-x"><figcaption id="t1"><span class="figure-number">Figure 1.1.</span> A caption</figcaption> <svg viewBox="0 0 10 10" role="img" aria-labelledby="t1" aria-describedby="d1" class="svelte-abc"><path class="edge alterna svelte-abc" d="M0,0L10,10"></path><!----></svg> <p id="d1">The description.</p></figure></div></div></section>' +
  '<h2 id="second-scene">Second scene</h2><p>See <a href="/acts/the-split/#divide-a1-x">the step</a>, <a href="/book/">the book page</a>, <a href="https://example.com/x">elsewhere</a>.</p>';

export function fixtureSite(chapterBody = GOOD_BODY): Map<string, string> {
  return new Map([
    ['index.html', '<html><head><link rel="canonical" href="https://example.org/"></head><body><main><ol><li class="act-card"><h3><a href="/acts/the-split/">The Split</a></h3></li></ol></main></body></html>'],
    ['book/index.html', `<html><body><main>${chapterArticle(1, 'The Split', chapterBody)}</main></body></html>`],
    ['characters/index.html', '<html><body><main><ul class="cards"><li class="card"><h3><a href="/characters/elias-tran/">Elias Tran</a></h3></li></ul></main></body></html>'],
    [
      'characters/elias-tran/index.html',
      '<html><body><main><article class="prose profile" data-colour="elias"><h1>Elias Tran</h1><p>Profile.</p><section class="character-arc" aria-labelledby="arc-title"><h2 id="arc-title">Arc</h2><figure class="chart" data-chart="arcs" aria-labelledby="s-title"><figcaption id="s-title">Elias</figcaption><div class="chart-graphic"><svg viewBox="0 0 1 1"></svg></div><p id="s-desc">Where he goes.</p></figure><details class="chart-data"><summary>Data</summary><section class="table-scroll" tabindex="0"><table><tr><td>1</td></tr></table></section></details></section></article></main></body></html>',
    ],
    [
      'about/index.html',
      '<html><body><main><div class="prose page"><h1>About this documentary</h1><p>Read <a href="/acts/the-split/">Act 1</a>.</p><section aria-labelledby="glossary-title"><h2 id="glossary-title">Glossary</h2><dl><div id="term-lace"><dt>Lace</dt><dd>The interface.</dd></div></dl></section><!--epub--></div></main></body></html>',
    ],
  ]);
}

export const FACTS = {
  title: 'The Neural Fabric',
  creator: 'The Neural Fabric',
  language: 'en',
  identifier: 'urn:uuid:506bf2b1-c421-5dd6-842d-61fdf73216fc',
  modified: '2026-12-01T12:00:00Z',
  description: 'An interactive documentary in five acts.',
  subjects: ['Fiction'],
  siteUrl: 'https://example.org/',
};
