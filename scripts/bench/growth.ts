// Prints how a story N times as long builds next to ours: each figure, its synthetic value and
// the ratio, so growth worse than linear shows as a ratio above N. Pure.
import { formatBytes } from '../shared/formatBytes.ts';
import type { BuildRun } from './buildRun.ts';

export function growthTable(real: BuildRun, synthetic: BuildRun, times: number): string {
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const rows: [string, number, number, (n: number) => string][] = [
    ['build (site)', real.buildMs, synthetic.buildMs, s],
    ['PDFs+e-book, cold', real.pdfColdMs, synthetic.pdfColdMs, s],
    ['PDFs+e-book, warm', real.pdfWarmMs, synthetic.pdfWarmMs, s],
    ['PDF pages', real.pdfPages, synthetic.pdfPages, String],
    ['largest page', real.largestPage.bytes, synthetic.largestPage.bytes, (n) => formatBytes(n)],
    ['largest page gz', real.largestPage.gzBytes, synthetic.largestPage.gzBytes, (n) => formatBytes(n, 1)],
  ];
  const lines = rows.map(([what, ours, big, show]) => `${what.padEnd(18)} ${show(ours).padStart(9)} ${show(big).padStart(9)} ${ours > 0 ? `x${(big / ours).toFixed(2)}` : '-'}`.trimEnd());
  return [`${'story'.padEnd(18)} ${'ours'.padStart(9)} ${`x${times}`.padStart(9)} growth`, ...lines].join('\n');
}
