// Where, as a share of the viewport's height, a step becomes active. On wide screens the chart
// sits beside the text, so the middle of the screen is where the eye is. On phones the chart
// sticks to the top half, and the step being read is the card in the lower part of the screen.

export const PHONE_MAX_WIDTH = 767;

export function triggerOffset(viewportWidth: number): 0.5 | 0.7 {
  return viewportWidth <= PHONE_MAX_WIDTH ? 0.7 : 0.5;
}
