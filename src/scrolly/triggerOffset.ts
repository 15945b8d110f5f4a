// Where, as a share of the viewport's height, a step becomes active. On wide screens the chart
// sits beside the text, so the middle of the screen is where the eye is. On phones the chart
// sticks to the top (at most a little over half the screen), and a step becomes active when its
// card stands whole in the space below it, having just cleared the card before.
import { PHONE_MAX_WIDTH } from '../styles/breakpoints.ts';

export { PHONE_MAX_WIDTH };

export function triggerOffset(viewportWidth: number): 0.5 | 0.6 {
  return viewportWidth <= PHONE_MAX_WIDTH ? 0.6 : 0.5;
}
