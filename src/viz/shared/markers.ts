// The protagonists' marker outlines, by character order, shared by every chart that draws the
// four people: shape, not colour alone, tells them apart, and the same person keeps one shape
// from chart to chart. Path data centred on 0,0; pure strings.

export const MARKER_SHAPES = [
  'M6.5,0A6.5,6.5,0,1,1,-6.5,0A6.5,6.5,0,1,1,6.5,0Z',
  'M-5.6,-5.6H5.6V5.6H-5.6Z',
  'M0,-7.6L7,4.4H-7Z',
  'M0,-7.8L7.8,0L0,7.8L-7.8,0Z',
] as const;

export function markerShape(index: number): string {
  return MARKER_SHAPES[index % MARKER_SHAPES.length] as string;
}
