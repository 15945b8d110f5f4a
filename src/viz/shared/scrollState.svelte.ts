// The state a live chart keeps: where its section's reader is (step, progress, reduced motion)
// and the width it has to draw in. Charts derive everything else from this and their data.
import type { ScrollUpdate } from '../../scrolly/driver.ts';

export function scrollState(initialStep: number) {
  let position = $state<ScrollUpdate>({ step: initialStep, progress: 0, reducedMotion: false });
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
    onwidth: (next: number) => {
      width = next;
    },
  };
}
