// Local fallback faces sized to match the web fonts, for every platform rather than only those
// with Times New Roman and Arial: text laid out in a fallback takes (nearly) the room the web font
// will take, so the swap does not move it. Pure: metrics in, CSS out. The size-adjust and overrides
// follow Capsize's createFontStack (the same maths as Astro's own single fallback).

export interface Metrics {
  ascent: number;
  /** Negative, as fonts store it. */
  descent: number;
  lineGap: number;
  unitsPerEm: number;
  /** Average width of lowercase letters weighted by English letter frequency (Capsize's xWidthAvg). */
  xWidthAvg: number;
}

/** One local face: the names local() may find it by, and its metrics. */
export interface LocalFace {
  locals: string[];
  metrics: Metrics;
}

/** A fallback family on some platforms: its regular, bold and italic faces. Faces of metric-
 *  compatible families (Liberation and Tinos/Arimo were drawn to Times New Roman's and Arial's
 *  widths) share one entry. */
export interface LocalFallback {
  label: string;
  normal: LocalFace;
  bold: LocalFace;
  italic: LocalFace;
}

export interface WebCut {
  weight: number;
  style: 'normal' | 'italic';
  metrics: Metrics;
}

const percent = (value: number) => `${Number((value * 100).toFixed(4))}%`;

/** Overrides that make `local` occupy the space of `web`: widths by size-adjust, then the
 *  vertical metrics of the web font expressed in the adjusted em. */
export function fallbackOverrides(web: Metrics, local: Metrics): Record<string, string> {
  const sizeAdjust = web.xWidthAvg / web.unitsPerEm / (local.xWidthAvg / local.unitsPerEm);
  const em = web.unitsPerEm * sizeAdjust;
  return {
    'size-adjust': percent(sizeAdjust),
    'ascent-override': percent(web.ascent / em),
    'descent-override': percent(Math.abs(web.descent) / em),
    'line-gap-override': percent(web.lineGap / em),
  };
}

export function fallbackFamilyName(family: string, fallback: LocalFallback): string {
  return `${family} fallback: ${fallback.label}`;
}

/** @font-face rules for each web cut in each fallback family; a cut of weight 600 or more is
 *  matched with the bold face, an italic cut with the italic face. */
export function fallbackFacesCss(family: string, cuts: WebCut[], fallbacks: LocalFallback[]): string {
  const rules: string[] = [];
  for (const fallback of fallbacks) {
    for (const cut of cuts) {
      const face = cut.style === 'italic' ? fallback.italic : cut.weight >= 600 ? fallback.bold : fallback.normal;
      const declarations = {
        'font-family': JSON.stringify(fallbackFamilyName(family, fallback)),
        src: face.locals.map((name) => `local(${JSON.stringify(name)})`).join(', '),
        'font-weight': String(cut.weight),
        'font-style': cut.style,
        ...fallbackOverrides(cut.metrics, face.metrics),
      };
      rules.push(`@font-face { ${Object.entries(declarations).map(([key, value]) => `${key}: ${value};`).join(' ')} }`);
    }
  }
  return rules.join('\n');
}
