// Types every chart shares: the size it draws at, a table of the numbers behind it, and the
// scene metadata a chart labels its states with. No DOM, no Svelte.

export interface Size {
  width: number;
  height: number;
}

/** The "data behind this chart" table: plain strings, ready to print. */
export interface DataTable {
  caption: string;
  columns: string[];
  /** First cell of each row is its header (the scene). */
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
}

export interface SceneInfo {
  id: string;
  act: number;
  date: string;
  label: string;
}

/** Timeline position of each scene id (0 = first scene of the story). */
export type SceneOrder = Record<string, number>;

/** Props every chart component takes; D is the chart's build-time data. */
export interface ChartProps<D> {
  /** The chart's slice of the story data (from its data.ts). */
  data: D;
  /** Scene id of each step of the section, in order. */
  scenes: string[];
  /** Chart heading. */
  title: string;
  /** Step shown before any scrolling (and in print). */
  step?: number;
  /** Follow the section's scroll position (islands only). */
  live?: boolean;
  /** Render as a print figure for `step`. */
  print?: boolean;
  /** Scene label for the print caption. */
  sceneLabel?: string;
  /** Print figure's number in its chapter ("Figure 2.3."). */
  figure?: string;
  /** Print figure hidden from assistive technology (default), or not (the book edition). */
  hidden?: boolean;
}
