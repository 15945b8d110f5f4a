// The thin DOM side of the scroll engine: a Svelte attachment that lives as long as the chart
// island. scrollama tells us *when* something may have changed; locate() decides *what* is true
// by measuring the steps, once per animation frame at most. No maths here beyond that.
import scrollama from 'scrollama';
import { locate, type ScrollPosition } from './locate.ts';
import { triggerOffset } from './triggerOffset.ts';

export interface ScrollUpdate extends ScrollPosition {
  reducedMotion: boolean;
}

const REDUCED = '(prefers-reduced-motion: reduce)';

export function scrollSync(onUpdate: (update: ScrollUpdate) => void) {
  return (figure: HTMLElement) => {
    const section = figure.closest<HTMLElement>('[data-scrolly]');
    const steps = section ? Array.from(section.querySelectorAll<HTMLElement>('.step[data-step]')) : [];
    if (steps.length === 0) return;

    // Start in a task of its own, and measure in the frame after: setting up the watch and
    // measuring the steps each lay the page out again, and doing that in the hydration's task made
    // it one long task on slow phones. The chart shows its server step until then, as it does
    // before hydrating.
    let stop: (() => void) | undefined;
    const starting = setTimeout(() => {
      stop = start(section as HTMLElement, steps, onUpdate);
    }, 0);
    return () => {
      clearTimeout(starting);
      stop?.();
    };
  };
}

/** Sets up the scroll watch for a section's steps; returns what tears it down. */
function start(section: HTMLElement, steps: HTMLElement[], onUpdate: (update: ScrollUpdate) => void): () => void {
  const motion = window.matchMedia(REDUCED);
  let frameRequest = 0;
  let offset = triggerOffset(window.innerWidth);
  let last: ScrollUpdate | undefined;
  let nearViewport = true;

  const measure = () => {
    frameRequest = 0;
    const boxes = steps.map((step) => step.getBoundingClientRect());
    const update = { ...locate(boxes, window.innerHeight * offset), reducedMotion: motion.matches };
    if (last && last.step === update.step && last.reducedMotion === update.reducedMotion && Math.abs(last.progress - update.progress) < 0.002) return;
    last = update;
    onUpdate(update);
  };
  const schedule = () => {
    if (frameRequest === 0) frameRequest = requestAnimationFrame(measure);
  };
  const onScroll = () => {
    if (nearViewport) schedule();
  };
  const visibility = new IntersectionObserver(([entry]) => {
    nearViewport = entry?.isIntersecting ?? true;
    schedule();
  });
  visibility.observe(section);

  const scroller = scrollama();
  const setup = () =>
    scroller
      .setup({ step: steps, offset, progress: true })
      .onStepEnter(schedule)
      .onStepExit(schedule)
      .onStepProgress(schedule);
  setup();

  // A resize or rotation can change the trigger line as well as the boxes (scrollama #145).
  const onResize = () => {
    const next = triggerOffset(window.innerWidth);
    if (next !== offset) {
      offset = next;
      scroller.destroy();
      setup();
    } else {
      scroller.resize();
    }
    schedule();
  };
  window.addEventListener('resize', onResize);
  window.addEventListener('hashchange', schedule);
  // Progress events only fire while a step is entered; this catches positions between them.
  window.addEventListener('scroll', onScroll, { passive: true });
  motion.addEventListener('change', schedule);
  schedule();

  return () => {
    if (frameRequest !== 0) cancelAnimationFrame(frameRequest);
    scroller.destroy();
    window.removeEventListener('resize', onResize);
    window.removeEventListener('hashchange', schedule);
    window.removeEventListener('scroll', onScroll);
    visibility.disconnect();
    motion.removeEventListener('change', schedule);
  };
}
