// Pure: one act's cover as layers of stroked paths, in Elias's "Dissonance Art" manner. The
// divide's measures are the weft, torn at the Seam as wide as the divide runs; the fabric's nodes
// are the warp, woven over and under it, dropping out while the realms stand apart; links across
// the realms cross it diagonally, the Loom's control lines cage it, the four leads run through it.
// Knows nothing of Astro, colours or the DOM: inks are names a renderer maps to paint.
import type { CoverData } from './data.ts';

export const COVER_WIDTH = 1200;
export const COVER_HEIGHT = 630;

/** What a layer is painted with; renderers map each to a colour (or a CSS custom property). */
export type Ink = 'alterna' | 'glimmers' | 'converged' | 'ink' | 'soft' | 'paper' | 'elias' | 'lyra' | 'ivy' | 'cyrus';

export interface CoverLayer {
  ink: Ink;
  width: number;
  opacity: number;
  /** SVG path data, integer coordinates. */
  d: string;
}

export interface CoverShapes {
  width: number;
  height: number;
  layers: CoverLayer[];
}

/** mulberry32: a tiny seeded generator, so the same data and seed always give the same picture. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Collects path pieces per (ink, width, opacity), in first-drawn order: one <path> each. */
class Layers {
  private byKey = new Map<string, CoverLayer>();
  add(ink: Ink, width: number, opacity: number, d: string): void {
    if (!d) return;
    const key = `${ink}|${width}|${opacity}`;
    const layer = this.byKey.get(key);
    if (layer) layer.d += d;
    else this.byKey.set(key, { ink, width, opacity, d });
  }
  list(): CoverLayer[] {
    return [...this.byKey.values()];
  }
}

const r = Math.round;
const hline = (x0: number, x1: number, y: number) => (x1 - x0 >= 1 ? `M${r(x0)} ${r(y)}h${r(x1) - r(x0)}` : '');
const vline = (x: number, y0: number, y1: number) => (y1 - y0 >= 1 ? `M${r(x)} ${r(y0)}v${r(y1) - r(y0)}` : '');

/** Cuts [from, to] into pieces at `count` seeded breaks, each `gap` wide. */
function breakUp(from: number, to: number, count: number, gap: number, random: () => number): [number, number][] {
  const cuts = Array.from({ length: count }, () => from + random() * (to - from)).sort((a, b) => a - b);
  const pieces: [number, number][] = [];
  let start = from;
  for (const cut of cuts) {
    if (cut - gap / 2 > start) pieces.push([start, cut - gap / 2]);
    start = Math.max(start, cut + gap / 2);
  }
  if (to > start) pieces.push([start, to]);
  return pieces;
}

export function coverModel(data: CoverData, seed: number, width = COVER_WIDTH, height = COVER_HEIGHT): CoverShapes {
  const random = seeded(seed);
  const layers = new Layers();
  const pad = 18;
  const rows = data.rows.flatMap((row, scene) => row.values.map((value, k) => ({ scene, k, f: value / 100 })));
  const pitch = (height - 2 * pad) / rows.length;
  const rowY = (i: number) => pad + (i + 0.5) * pitch;
  const bandY = (scene: number) => pad + (scene * 4 + 2) * pitch;
  const sep = data.separation;
  const mean = rows.reduce((s, row) => s + row.f, 0) / rows.length;

  // Static: the lace dropping out, densest where the divide runs widest, thickest around the Seam.
  const specks = r(mean * mean * 90);
  for (let i = 0; i < specks; i += 1) {
    const x = width / 2 + (random() - 0.5) * (random() < 0.6 ? 300 : width);
    layers.add('soft', 2, 0.55, hline(x, x + 3 + random() * 14, pad + random() * (height - 2 * pad)));
  }

  // Weft: each measure at each scene, torn at the Seam; what closes of the gap turns to the converged ink.
  rows.forEach((row, i) => {
    const y = rowY(i);
    const seam = width / 2 + (random() - 0.5) * row.f * 90;
    const gap = row.f * row.f * 260;
    const joined = Math.max(0, (1 - row.f) ** 1.5 * 720);
    const outer = Math.max(gap, joined) / 2;
    const breaks = r(row.f ** 3 * 7);
    const tear = 6 + row.f * 28;
    const shake = row.f ** 3 * 22;
    const side = (ink: Ink, from: number, to: number) => {
      for (const [a, b] of breakUp(from, to, breaks, tear, random)) layers.add(ink, 3, 1, hline(a, b, y + (random() - 0.5) * shake));
    };
    side('alterna', 0, seam - outer);
    side('glimmers', seam + outer, width);
    if (joined > gap) {
      layers.add('converged', 3, 1, hline(seam - joined / 2, seam - gap / 2, y) + hline(seam + gap / 2, seam + joined / 2, y));
    }
  });

  // The Loom's control lines, drawn from its eye to every node it still rules.
  const hub = data.hub ? ([data.hub[0] * width, data.hub[1] * height] as const) : null;
  const radius = 10 + data.controls.length * 2;
  if (hub) {
    for (const x of data.controls) {
      const [tx, ty] = [x * width, random() < 0.5 ? 0 : height];
      const length = Math.hypot(tx - hub[0], ty - hub[1]) || 1;
      const [sx, sy] = [hub[0] + ((tx - hub[0]) / length) * radius, hub[1] + ((ty - hub[1]) / length) * radius];
      layers.add('soft', 1, 0.7, `M${r(sx)} ${r(sy)}L${r(tx)} ${r(ty)}`);
    }
  }

  // Ties across the realms: threads crossing the weave from one node's column to the other's.
  for (const [a, b] of data.crossings) {
    const [x0, x1] = [a * width, b * width];
    layers.add('converged', 2, 0.9, `M${r(x0)} 0C${r(x0)} ${r(height * 0.55)} ${r(x1)} ${r(height * 0.45)} ${r(x1)} ${height}`);
  }

  // Warp: one thread per node, over and under the weft in turn; while the realms stand apart,
  // pieces drop out and slip sideways.
  const warpInk: Record<CoverData['warps'][number]['realm'], Ink> = { alterna: 'alterna', glimmers: 'glimmers', seam: 'converged', none: 'ink' };
  const warpWidth = sep < 0.5 ? 3 : 2;
  data.warps.forEach((warp, w) => {
    const x = warp.x * width;
    let top = 0;
    const pieces: [number, number][] = [];
    rows.forEach((_, i) => {
      if ((i + w) % 2 === 0) {
        pieces.push([top, rowY(i) - 5]);
        top = rowY(i) + 5;
      }
    });
    pieces.push([top, height]);
    for (const [y0, y1] of pieces) {
      if (random() < sep * 0.45) continue;
      const slip = (random() - 0.5) * sep * 16;
      // Where the warp passes over the weft, a casing of paper parts the weft beneath it.
      const over = rows.map((_, i) => rowY(i)).filter((y) => y > y0 + 1 && y < y1 - 1);
      layers.add('paper', warpWidth + 5, 1, over.map((y) => vline(x + slip, y - 3, y + 3)).join(''));
      layers.add(warpInk[warp.realm], warpWidth, 0.85, vline(x + slip, y0, y1));
    }
  });

  // The four leads: a ribbon each through their allegiance scene by scene, bolder with agency.
  const ribbons = data.leads
    .filter((lead) => lead.points.length > 0)
    .map((lead) => {
      const points = lead.points.map((p) => [((p.allegiance + 1) / 2) * width, bandY(p.row)] as const);
      const path = [[points[0]![0], 0] as const, ...points, [points.at(-1)![0], height] as const];
      let d = `M${r(path[0]![0])} 0`;
      for (let i = 1; i < path.length; i += 1) {
        const [[x0, y0], [x1, y1]] = [path[i - 1]!, path[i]!];
        const mid = (y0 + y1) / 2;
        d += `C${r(x0)} ${r(mid)} ${r(x1)} ${r(mid)} ${r(x1)} ${r(y1)}`;
      }
      const stance = lead.points.reduce((s, p) => s + p.stance, 0) / lead.points.length;
      return { ink: lead.colour as Ink, d, width: r(4 + (stance + 1) * 3) };
    });
  for (const ribbon of ribbons) layers.add('paper', ribbon.width + 6, 1, ribbon.d);
  for (const ribbon of ribbons) layers.add(ribbon.ink, ribbon.width, 1, ribbon.d);

  if (hub) {
    layers.add('paper', 9, 1, circle(hub[0], hub[1], radius));
    layers.add('ink', 3, 1, circle(hub[0], hub[1], radius));
  }

  return { width, height, layers: layers.list() };
}

const circle = (cx: number, cy: number, radius: number) =>
  `M${r(cx - radius)} ${r(cy)}a${radius} ${radius} 0 1 0 ${2 * radius} 0a${radius} ${radius} 0 1 0 ${-2 * radius} 0`;

/** The one-line caption: what in the act's data the picture is made from. */
export function describeCover(data: CoverData): string {
  const parts = [
    `the divide's four measures at its ${data.rows.length} scenes, torn as wide as the divide runs`,
    `the fabric's ${data.warps.length} nodes woven through them`,
    data.controls.length > 0 ? `the Loom's ${data.controls.length} control lines` : 'no Loom',
    `${data.crossings.length} ${data.crossings.length === 1 ? 'tie' : 'ties'} across the realms`,
    "and the four leads' paths between Alterna and the Glimmers",
  ];
  return `Drawn from Act ${data.act}'s data: ${parts.join(', ')}.`;
}
