// Marks, on a chapter's timeline, the scene being read: the last scene marker (a scene's dateline
// or a step) whose top has passed the scroll engine's trigger line. Position comes from the
// markers' boxes each frame (locate), never from the order of events, as the charts do.
import { locate } from '../../scrolly/locate.ts';
import { triggerOffset } from '../../scrolly/triggerOffset.ts';

export function followScene(figure: Element, markers: readonly HTMLElement[]): void {
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
