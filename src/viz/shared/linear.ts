// A linear map from a domain to a range, the only scale the charts need in the browser.
// d3-scale's scaleLinear does the same and much more (ticks, formats, colour interpolation), and
// costs about 10.8 KB gzipped in a client bundle whose whole budget is 40 KB, so the islands use
// this; build-time code may still use d3-scale.

export type Linear = (value: number) => number;

export function linear([d0, d1]: readonly [number, number], [r0, r1]: readonly [number, number]): Linear {
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}
