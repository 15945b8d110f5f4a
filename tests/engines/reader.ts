// What a reader does and sees, as functions that run inside the page (their source is sent to
// the browser, so each one is self-contained). The trigger line is measured independently of the
// site's code: 60% of the height on phones (<= 767 px wide), half of it on wider screens.

export interface StepCheck {
  /** Scene of the step scrolled to, and the scene and step index the chart shows. */
  expected: string;
  shown: string | null;
  expectedStep: number;
  shownStep: number | null;
  /** Whether the section's chart island had hydrated by then (if not, the chart cannot follow). */
  hydrated: boolean;
  /** The step whose box holds the trigger line when the chart was read, measured afresh. */
  inView: string | null;
}

/** Scrolls to every step of every section in turn (or in reverse) and reads each chart back. */
export async function walkSteps(reverse: boolean): Promise<StepCheck[]> {
  const line = window.innerHeight * (window.innerWidth <= 767 ? 0.6 : 0.5);
  const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const checks: StepCheck[] = [];
  const stops = [...document.querySelectorAll<HTMLElement>('section[data-scrolly]')].flatMap((section) =>
    [...section.querySelectorAll<HTMLElement>('.step')].map((step, index) => ({ section, step, index })),
  );
  const scrollTo = (step: HTMLElement) => window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - line + 40, behavior: 'instant' });
  for (const { section, step, index } of reverse ? stops.reverse() : stops) {
    scrollTo(step);
    const figure = section.querySelector<HTMLElement>('figure.chart');
    const expected = step.dataset['scene'] ?? '';
    // An island hydrates once its section is in view; on a loaded machine that can take seconds.
    // Hydrating lays the chart out for its real width, which on phones (chart above the steps)
    // moves the steps: scroll to the step again once that has happened.
    if (section.querySelector('astro-island[ssr]')) {
      for (let waited = 0; waited < 15_000 && section.querySelector('astro-island[ssr]'); waited += 50) await wait(50);
      await wait(200);
      scrollTo(step);
    }
    for (let waited = 0; waited < 5000 && figure?.dataset['scene'] !== expected; waited += 50) await wait(50);
    const boxes = [...section.querySelectorAll<HTMLElement>('.step')];
    const inView = (boxes.filter((s) => s.getBoundingClientRect().top <= line).pop() ?? boxes[0])?.dataset['scene'] ?? null;
    checks.push({ expected, shown: figure?.dataset['scene'] ?? null, expectedStep: index, shownStep: figure ? Number(figure.dataset['step']) : null, hydrated: !section.querySelector('astro-island[ssr]'), inView });
  }
  return checks;
}

/** Islands not yet hydrated: Astro removes the `ssr` attribute once an island's script has run. */
export function unhydratedIslands(): number {
  return document.querySelectorAll('astro-island[ssr]').length;
}

/** Waits (up to 5 s) until every section in view shows the step in view; returns the last reading. */
export async function settledCharts(): Promise<{ shown: string | null; inView: string | null }[]> {
  const read = () => {
    const line = window.innerHeight * (window.innerWidth <= 767 ? 0.6 : 0.5);
    return [...document.querySelectorAll<HTMLElement>('section[data-scrolly]')]
      .filter((section) => {
        const box = section.getBoundingClientRect();
        return box.top < line && box.bottom > line;
      })
      .map((section) => {
        const steps = [...section.querySelectorAll<HTMLElement>('.step')];
        const hit = steps.filter((s) => s.getBoundingClientRect().top <= line).pop() ?? steps[0];
        return { shown: section.querySelector<HTMLElement>('figure.chart')?.dataset['scene'] ?? null, inView: hit?.dataset['scene'] ?? null };
      });
  };
  let reading = read();
  for (let waited = 0; waited < 5000 && reading.some((r) => r.shown !== r.inView); waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    reading = read();
  }
  return reading;
}

/** Scrolls so the n-th step of the first section is the step being read. */
export function scrollToFirstSectionStep(n: number): string {
  const line = window.innerHeight * (window.innerWidth <= 767 ? 0.6 : 0.5);
  const step = document.querySelectorAll<HTMLElement>('section[data-scrolly]')[0]?.querySelectorAll<HTMLElement>('.step')[n];
  if (!step) throw new Error(`no step ${n} in the first scroll section`);
  window.scrollTo({ top: step.getBoundingClientRect().top + window.scrollY - line + 40, behavior: 'instant' });
  return step.dataset['scene'] ?? '';
}

/** A deep-linked step: is it on screen, and which scene does its section's chart show? */
export async function deepLinkedStep(id: string): Promise<{ onScreen: boolean; scene: string | null; shown: string | null }> {
  const step = document.getElementById(id);
  const figure = step?.closest('section')?.querySelector<HTMLElement>('figure.chart');
  const scene = step?.dataset['scene'] ?? null;
  for (let waited = 0; waited < 5000 && figure?.dataset['scene'] !== scene; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  const box = step?.getBoundingClientRect();
  return { onScreen: !!box && box.bottom > 0 && box.top < window.innerHeight, scene, shown: figure?.dataset['scene'] ?? null };
}

export interface StaticChapter {
  steps: number;
  stepsShown: number;
  charts: { marks: number; drawn: boolean; described: boolean }[];
  islandsUntouched: number;
  islands: number;
  scriptingNone: boolean;
  chartsStatic: boolean;
}

/** What a reader without JavaScript gets: every step readable, every chart drawn at its first step. */
export function staticChapter(): StaticChapter {
  const steps = [...document.querySelectorAll<HTMLElement>('.step-card')];
  const figures = [...document.querySelectorAll<HTMLElement>('.scrolly-graphic figure.chart')];
  return {
    steps: steps.length,
    stepsShown: steps.filter((s) => s.getBoundingClientRect().height > 0).length,
    charts: figures.map((figure) => {
      const svg = figure.querySelector('svg[role="img"]');
      const box = svg?.getBoundingClientRect();
      return { marks: svg?.querySelectorAll('*').length ?? 0, drawn: !!box && box.width > 100 && box.height > 50, described: !!figure.querySelector('.chart-description')?.textContent?.trim() };
    }),
    islandsUntouched: document.querySelectorAll('astro-island[ssr]').length,
    islands: document.querySelectorAll('astro-island').length,
    scriptingNone: window.matchMedia('(scripting: none)').matches,
    chartsStatic: [...document.querySelectorAll('.scrolly-graphic')].every((g) => getComputedStyle(g).position === 'static'),
  };
}

/** Every download link on the page, fetched from the page: status, type and size. */
export async function downloads(): Promise<{ href: string; name: string; status: number; type: string | null; bytes: number }[]> {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[download], a[href$=".pdf"], link[type="application/rss+xml"], link[type="application/atom+xml"]')];
  return Promise.all(
    links.map(async (link) => {
      const response = await fetch(link.href);
      const body = await response.arrayBuffer();
      return { href: link.getAttribute('href') ?? '', name: link.textContent?.trim() ?? '', status: response.status, type: response.headers.get('content-type'), bytes: body.byteLength };
    }),
  );
}
