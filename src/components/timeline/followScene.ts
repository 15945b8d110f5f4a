// Marks, on a chapter's timeline, the scene being read: the last scene marker (a scene's dateline
// or a step) whose top has passed the scroll engine's trigger line. Position comes from the
// markers' boxes each frame (locate), never from the order of events, as the charts do.
import { locate } from '../../scrolly/locate.ts';
import { triggerOffset } from '../../scrolly/triggerOffset.ts';

/** A drawing wider than its box (a phone's) opens on the chapter's own act. */
function showAct(figure: Element): void {
  const box = figure.querySelector('.timeline-scroll');
  const band = figure.querySelector('rect.band.current');
  if (!box || !band || box.scrollWidth <= box.clientWidth) return;
  box.scrollLeft += band.getBoundingClientRect().left - box.getBoundingClientRect().left - 90;
}

export function followScene(figure: Element, markers: readonly HTMLElement[]): void {
  showAct(figure);
  let pending = 0;
  let shown: string | undefined;
  const mark = (scene: string | undefined) => {
    if (scene === shown) return;
    shown = scene;
    for (const link of figure.querySelectorAll('a.current')) link.classList.remove('current');
    if (scene) for (const link of figure.querySelectorAll(`a[data-scene="${scene}"]`)) link.classList.add('current');
  };
  const update = () => {
    pending = 0;
    const trigger = innerHeight * triggerOffset(innerWidth);
    const boxes = markers.map((m) => m.getBoundingClientRect());
    const before = (boxes[0]?.top ?? Infinity) > trigger;
    mark(before ? undefined : markers[locate(boxes, trigger).step]?.dataset['scene']);
  };
  addEventListener('scroll', () => (pending ||= requestAnimationFrame(update)), { passive: true });
  addEventListener('resize', update);
  update();
}
