// A built site in miniature: the pages the e-book builder reads, with one act of two scenes and
// a scroll step with its figure, a glossary note, a dateline, a document and a testimony; one
// person and one witness; a glossary page, an archive page and an about page.

const chapterArticle = (act: number, title: string, body: string) =>
  `<article class="book-chapter chapter" id="act-${act}" data-act="${act}" data-astro-cid-x><header class="prose book-chapter-head"><p class="kicker">Act ${act} of 5</p><h1>${title}</h1><p class="dek">Dek.</p></header><div class="chapter-body">${body}</div></article>`;

export const GOOD_BODY =
  '<h2 id="first-scene">First scene</h2><div class="dateline" data-realm="seam"><time datetime="2145-03-02">2 March 2145</time><span class="separator" aria-hidden="true"> · </span><span class="place">the cloud line</span></div>' +
  '<p>The tide came over the <button type="button" class="gloss-term" popovertarget="gloss-01-the-split-lace" data-astro-cid-y>lace</button><span class="gloss-note" id="gloss-01-the-split-lace" popover role="note" aria-label="Glossary: Lace"><dfn>Lace</dfn> <span class="gloss-definition">The interface.</span> <a class="gloss-more" href="/glossary/#term-lace">All terms</a></span> at six.</p>' +
  '<figure class="document" id="doc-log-1" data-kind="broadcast-log" data-typed aria-labelledby="doc-log-1-title" aria-describedby="doc-log-1-caption"><div class="sheet"><header class="head"><p id="doc-log-1-title" class="title">Morning log</p></header><div class="text"><table><thead><tr><th>time</th><th>entry</th></tr></thead><tbody><tr><td>06:00</td><td>Open.</td></tr></tbody></table></div></div><figcaption id="doc-log-1-caption"><span class="kind">Broadcast log</span> <a class="permalink" href="#doc-log-1" aria-label="Link to this log">#</a></figcaption></figure>' +
  '<figure class="testimony" data-realm="glimmers" aria-label="Testimony of Auntie Phan"><blockquote><p>The boy paid rent in dishes.</p></blockquote><figcaption><a class="name" href="/characters/auntie-phan/">Auntie Phan</a><span class="role">Keeper of the noodle counter</span></figcaption></figure>' +
  '<p>Prose with a link to <a href="/characters/elias-tran/">Elias</a> and the <a href="/about/#term-lace">lace</a>.</p>' +
  '<section class="scrolly book" data-chart="divide"><div class="scrolly-steps"><div class="step" id="divide-a1-x" data-step="0" data-scene="a1-x"><div class="step-card"><p class="step-scene">March 2145</p><p>Step text.</p></div>' +
  '<figure class="print-figure" data-chart="divide" data-scene="a1-x"><figcaption id="t1"><span class="figure-number">Figure 1.1.</span> A caption</figcaption> <svg viewBox="0 0 10 10" role="img" aria-labelledby="t1" aria-describedby="d1" class="svelte-abc"><path class="edge alterna svelte-abc" d="M0,0L10,10"></path><!----></svg> <p id="d1">The description.</p></figure></div></div></section>' +
  '<h2 id="second-scene">Second scene</h2><p>See <a href="/acts/the-split/#divide-a1-x">the step</a>, <a href="/book/">the book page</a>, <a href="https://example.com/x">elsewhere</a>.</p>';

export function fixtureSite(chapterBody = GOOD_BODY): Map<string, string> {
  return new Map([
    ['index.html', '<html><head><link rel="canonical" href="https://example.org/"></head><body><main><ol><li class="act-card"><h3><a href="/acts/the-split/">The Split</a></h3></li></ol></main></body></html>'],
    ['book/index.html', `<html><body><main>${chapterArticle(1, 'The Split', chapterBody)}</main></body></html>`],
    ['characters/index.html', '<html><body><main><ul class="cards"><li class="card"><h3><a href="/characters/elias-tran/">Elias Tran</a></h3></li></ul><h2>Witnesses</h2><ul class="cards"><li class="card"><h3><a href="/characters/auntie-phan/">Auntie Phan</a></h3></li></ul></main></body></html>'],
    [
      'characters/elias-tran/index.html',
      '<html><body><main><article class="prose profile" data-colour="elias"><h1>Elias Tran</h1><p>Profile.</p><section class="character-arc" aria-labelledby="arc-title"><h2 id="arc-title">Arc</h2><figure class="chart" data-chart="arcs" aria-labelledby="s-title"><figcaption id="s-title">Elias</figcaption><div class="chart-graphic"><svg viewBox="0 0 1 1"></svg></div><p id="s-desc">Where he goes.</p></figure><details class="chart-data"><summary>Data</summary><section class="table-scroll" tabindex="0"><table><tr><td>1</td></tr></table></section></details></section></article></main></body></html>',
    ],
    ['characters/auntie-phan/index.html', '<html><body><main><article class="prose profile" data-colour="ink"><h1>Auntie Phan</h1><p id="role">Keeper of the noodle counter.</p></article></main></body></html>'],
    [
      'glossary/index.html',
      '<html><body><main><div class="prose page"><p class="kicker">Reference</p><h1>Glossary</h1><dl class="glossary definitions"><div id="term-lace"><dt><dfn>Lace</dfn></dt><dd>The interface.</dd></div></dl></div></main></body></html>',
    ],
    [
      'archive/index.html',
      '<html><body><main><div class="prose page"><h1>The archive</h1><ol class="archive"><li class="entry"><p class="when"><time datetime="2145-03-02">2 March 2145</time></p><p class="title"><a href="/acts/the-split/#doc-log-1">Morning log</a></p></li></ol></div></main></body></html>',
    ],
    [
      'about/index.html',
      '<html><body><main><div class="prose page"><h1>About this documentary</h1><p>Read <a href="/acts/the-split/">Act 1</a> and the <a href="/glossary/">glossary</a>.</p><ol class="cover-strip"><li><a href="/acts/the-split/"><img class="cover-thumb" src="/covers/the-split.svg" width="1200" height="630" alt="" loading="lazy" decoding="async"><span>Act 1</span></a></li></ol><!--epub--></div></main></body></html>',
    ],
    ['covers/the-split.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 12 6"><style>.k{stroke:#4a55c9}@media (prefers-color-scheme:dark){.k{stroke:#9ea8ff}}</style><path class="k" d="M0 1h12"/></svg>'],
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
