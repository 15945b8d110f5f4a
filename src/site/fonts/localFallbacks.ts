// The fallback families readers actually have, in the order the font stack tries them: Times New
// Roman and Arial (Windows, macOS) with their metric-compatible twins Liberation (most Linux
// desktops) and Tinos/Arimo (ChromeOS); Noto Serif and Roboto (Android); DejaVu (Linux without
// Liberation). Metrics of the first three groups are Capsize's (@capsizecss/metrics 4.3); DejaVu's
// are read with @capsizecss/unpack from Debian's fonts-dejavu-core 2.37. Bold and italic faces
// whose widths Capsize does not list reuse the regular metrics: their vertical metrics are the
// same, and the width error is a few per cent.
import type { LocalFallback, Metrics } from './fallbackFaces.ts';

const TIMES: Metrics = { ascent: 1825, descent: -443, lineGap: 87, unitsPerEm: 2048, xWidthAvg: 832 };
const TIMES_BOLD: Metrics = { ...TIMES, xWidthAvg: 886 };
const ARIAL: Metrics = { ascent: 1854, descent: -434, lineGap: 67, unitsPerEm: 2048, xWidthAvg: 913 };
const ARIAL_BOLD: Metrics = { ...ARIAL, xWidthAvg: 983 };
const NOTO_SERIF: Metrics = { ascent: 1069, descent: -293, lineGap: 0, unitsPerEm: 1000, xWidthAvg: 481 };
const ROBOTO: Metrics = { ascent: 1900, descent: -500, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 911 };
const DEJAVU_SERIF: Metrics = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1058 };
const DEJAVU_SERIF_BOLD: Metrics = { ascent: 1923, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1168 };
const DEJAVU_SANS: Metrics = { ascent: 1901, descent: -483, lineGap: 0, unitsPerEm: 2048, xWidthAvg: 1041 };
const DEJAVU_SANS_BOLD: Metrics = { ...DEJAVU_SANS, xWidthAvg: 1176 };

const faces = (names: string[], metrics: Metrics) => ({ locals: names, metrics });

export const SERIF_FALLBACKS: LocalFallback[] = [
  {
    label: 'Times',
    normal: faces(['Times New Roman', 'TimesNewRomanPSMT', 'Liberation Serif', 'LiberationSerif', 'Tinos', 'Tinos-Regular'], TIMES),
    bold: faces(['Times New Roman Bold', 'TimesNewRomanPS-BoldMT', 'Liberation Serif Bold', 'LiberationSerif-Bold', 'Tinos Bold', 'Tinos-Bold'], TIMES_BOLD),
    italic: faces(['Times New Roman Italic', 'TimesNewRomanPS-ItalicMT', 'Liberation Serif Italic', 'LiberationSerif-Italic', 'Tinos Italic', 'Tinos-Italic'], TIMES),
  },
  {
    label: 'Noto Serif',
    normal: faces(['Noto Serif', 'NotoSerif', 'NotoSerif-Regular'], NOTO_SERIF),
    bold: faces(['Noto Serif Bold', 'NotoSerif-Bold'], NOTO_SERIF),
    italic: faces(['Noto Serif Italic', 'NotoSerif-Italic'], NOTO_SERIF),
  },
  {
    label: 'DejaVu Serif',
    normal: faces(['DejaVu Serif', 'DejaVuSerif'], DEJAVU_SERIF),
    bold: faces(['DejaVu Serif Bold', 'DejaVuSerif-Bold'], DEJAVU_SERIF_BOLD),
    italic: faces(['DejaVu Serif Italic', 'DejaVuSerif-Italic'], DEJAVU_SERIF),
  },
];

export const SANS_FALLBACKS: LocalFallback[] = [
  {
    label: 'Arial',
    normal: faces(['Arial', 'ArialMT', 'Liberation Sans', 'LiberationSans', 'Arimo', 'Arimo-Regular'], ARIAL),
    bold: faces(['Arial Bold', 'Arial-BoldMT', 'Liberation Sans Bold', 'LiberationSans-Bold', 'Arimo Bold', 'Arimo-Bold'], ARIAL_BOLD),
    italic: faces(['Arial Italic', 'Arial-ItalicMT', 'Liberation Sans Italic', 'LiberationSans-Italic', 'Arimo Italic', 'Arimo-Italic'], ARIAL),
  },
  {
    label: 'Roboto',
    normal: faces(['Roboto', 'Roboto-Regular'], ROBOTO),
    bold: faces(['Roboto Bold', 'Roboto-Bold'], ROBOTO),
    italic: faces(['Roboto Italic', 'Roboto-Italic'], ROBOTO),
  },
  {
    label: 'DejaVu Sans',
    normal: faces(['DejaVu Sans', 'DejaVuSans'], DEJAVU_SANS),
    bold: faces(['DejaVu Sans Bold', 'DejaVuSans-Bold'], DEJAVU_SANS_BOLD),
    italic: faces(['DejaVu Sans Oblique', 'DejaVuSans-Oblique'], DEJAVU_SANS),
  },
];
