// The state a live chart keeps: where its section's reader is (step, progress, reduced motion)
// and the width it has to draw in. Charts derive everything else from this and their data.
import type { ScrollUpdate } from './driver.ts';

/** Share by which the drawing width must change before the chart is laid out again. */
export const RELAYOUT_SHARE = 0.05;

/** `initialStep`: read once, when the chart is created; the scroll driver moves it from there. */
export function scrollState(initialStep: () => number) {
  let position = $state<ScrollUpdate>({ step: initialStep(), progress: 0, reducedMotion: false });
  let width = $state(640);
  return {
    get position() {
      return position;
    },
    get width() {
      return width;
    },
    onupdate: (update: ScrollUpdate) => {
      position = update;
    },
    // The viewBox already scales the drawing; lay it out again only when the width changes enough
    // for labels to read too small or too large. This spares the hydration a full re-render when
    // the server's width is close to the real one (as on desktops).
    onwidth: (next: number) => {
      if (Math.abs(next - width) / width > RELAYOUT_SHARE) width = next;
    },
  };
}
