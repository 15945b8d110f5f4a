// The phone breakpoint, in CSS pixels, for code: the scroll engine's trigger line and the tests.
// CSS cannot read it (media queries take no custom properties), so the stylesheets write it as
// `max-width: 47.99rem` / `min-width: 48rem`; tests/unit/styles/breakpoints.test.ts keeps the two
// in step.

/** The widest viewport laid out as a phone: the chart above the steps. */
export const PHONE_MAX_WIDTH = 767;

/** The same edge in rem, as the stylesheets write it (16 px to the rem). */
export const WIDE_MIN_REM = (PHONE_MAX_WIDTH + 1) / 16;
