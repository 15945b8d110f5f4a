// The e-book's one stylesheet: the project's fonts, a body that yields to the reader's own font,
// size and theme (no !important, no fixed page colour, sizes in em), and the figures' marks in
// the palette's colours for light and night reading. Text and neutral marks use currentColor, so
// a reading system's night mode recolours them along with the text. A part a section's figures
// share is drawn through `<use>`, whose copy has no figure around it: rules that reach marks
// through the figure also name the part's group, g[data-chart] (svgUses.ts).
import { DARK, LIGHT, type Palette } from './palette.ts';

export interface FontFace {
  family: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Path from the stylesheet to the font file. */
  src: string;
}

function fontFaceRule(face: FontFace): string {
  return `@font-face {
  font-family: '${face.family}';
  font-style: ${face.style};
  font-weight: ${face.weight};
  src: url('${face.src}') format('woff2');
}`;
}

/** Colours of the figures' marks; the only rules that change between light and night. */
function markColours(p: Palette): string {
  const chars = Object.entries(p.characters).map(([id, colour]) => `figure [data-colour='${id}'], g[data-chart] [data-colour='${id}'] { color: ${colour}; }`);
  return `a { color: ${p.link}; }
.figure-description, .meta, .kicker, .dek { color: ${p.inkSoft}; }
figure [data-colour='ink'], g[data-chart] [data-colour='ink'] { color: inherit; }
${chars.join('\n')}
[data-chart] .alterna { stroke: ${p.alterna}; }
[data-chart] .glimmers { stroke: ${p.glimmers}; }
[data-chart='divide'] .realm.alterna { fill: ${p.alterna}; stroke: none; }
[data-chart='divide'] .realm.glimmers { fill: ${p.glimmers}; stroke: none; }
[data-chart='arcs'] .half.alterna { fill: ${p.alternaTint}; stroke: none; }
[data-chart='arcs'] .half.glimmers { fill: ${p.glimmersTint}; stroke: none; }
[data-chart='fabric'] .mark.alterna { fill: ${p.alterna}; stroke: ${p.paper}; }
[data-chart='fabric'] .mark.glimmers { fill: ${p.glimmersTint}; stroke: ${p.glimmers}; }
[data-chart='fabric'] .mark.seam, [data-chart='fabric'] .ring { fill: ${p.paper}; }
[data-chart='fabric'] .mark.seam, [data-chart='fabric'] .link.cross { stroke: ${p.converged}; }
[data-chart='fabric'] .label { stroke: ${p.paper}; }
[data-chart='arcs'] text, [data-chart='arcs'] .marker { stroke: ${p.paper}; }
[data-chart='world'] .sky { fill: ${p.alternaTint}; }
[data-chart='world'] .cloud { stroke: ${p.alterna}; }
[data-chart='world'] text, [data-chart='world'] .marker { stroke: ${p.paper}; }`;
}

export function stylesheet(fonts: readonly FontFace[]): string {
  return `@charset "UTF-8";
${fonts.map(fontFaceRule).join('\n')}

body {
  font-family: 'Source Serif 4', Georgia, serif;
  line-height: 1.5;
  margin: 0 0.5em;
}
h1, h2, h3, figcaption, .kicker, .meta, .step-scene, figure, table, .dek {
  font-family: Inter, 'Helvetica Neue', Arial, sans-serif;
}
h1 { font-size: 1.8em; line-height: 1.15; margin: 1.5em 0 0.4em; }
h2 { font-size: 1.3em; line-height: 1.25; margin: 1.6em 0 0.5em; }
h3 { font-size: 1.1em; margin: 1.4em 0 0.4em; }
p { margin: 0 0 0.8em; }
.kicker { font-size: 0.8em; letter-spacing: 0.08em; text-transform: uppercase; margin: 2em 0 0; }
.dek { font-size: 1.05em; font-style: italic; }
.meta { font-size: 0.85em; }
blockquote { margin: 1em 1.5em; font-style: italic; }
hr { border: 0; border-top: 1px solid currentColor; opacity: 0.3; margin: 2em 25%; }

.cover { margin: 0; padding: 0; text-align: center; }
.cover img { max-width: 100%; max-height: 100vh; }
.title-page { margin-top: 20%; }
.book-title { font-size: 2.4em; margin: 0.3em 0; }
nav ol { list-style: none; padding-left: 0; }
nav ol ol { padding-left: 1.2em; font-size: 0.92em; }
nav li { margin: 0.3em 0; }

.chapter-head { page-break-after: always; break-after: page; }
.step { margin: 1.5em 0; }
.step-scene { font-size: 0.85em; font-weight: 600; margin-bottom: 0.3em; }
figure { margin: 1em 0 1.8em; padding-top: 0.5em; border-top: 1px solid currentColor; page-break-inside: avoid; break-inside: avoid; font-size: 0.85em; }
figcaption { font-weight: 600; margin-bottom: 0.4em; }
figure svg { display: block; width: 100%; height: auto; max-height: 60vh; overflow: visible; color: inherit; }
.figure-description { font-size: 0.95em; line-height: 1.4; margin: 0.5em 0 0; }
table { border-collapse: collapse; font-size: 0.8em; margin: 0.5em 0 1em; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.3em; }
th, td { text-align: left; vertical-align: top; padding: 0.2em 0.4em; border-bottom: 1px solid currentColor; }
dl div { margin: 0 0 0.8em; }
dt { font-weight: 600; font-family: Inter, 'Helvetica Neue', Arial, sans-serif; }
dd { margin: 0.1em 0 0 1em; }
.character { page-break-before: always; break-before: page; }
img.cover-thumb { display: block; width: 100%; height: auto; margin: 1em 0; }
.cover-strip { list-style: none; padding: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }

.dateline { font-family: Inter, 'Helvetica Neue', Arial, sans-serif; font-size: 0.8em; letter-spacing: 0.04em; text-transform: uppercase; margin: 0 0 0.6em; }
a.gloss-term { text-decoration: underline dotted; }
aside.gloss-note { font-size: 0.85em; margin: 0 0 0.8em; padding-left: 0.7em; border-left: 2px solid currentColor; }
aside.gloss-note p { margin: 0; }
aside.gloss-note dfn { font-style: normal; font-weight: 600; }
.document .sheet { border: 1px solid currentColor; padding: 0.5em 0.7em; }
.document .masthead { font-size: 0.8em; letter-spacing: 0.06em; text-transform: uppercase; margin: 0; }
.document .title { font-weight: 600; margin: 0.2em 0; }
.document .reference { font-size: 0.85em; margin: 0 0 0.5em; }
.document figcaption, .testimony figcaption { font-weight: normal; margin: 0.4em 0 0; }
.document .kind, .testimony .name { font-weight: 600; }
.testimony blockquote { margin: 0 0 0.4em 1em; }
.testimony .role, .testimony .when-where { display: block; }

figure svg { font-size: 12px; }
figure svg text, g[data-chart] text { fill: currentColor; }
[data-chart='divide'] .act-band { fill: none; }
[data-chart='divide'] .act-band.odd { fill: currentColor; fill-opacity: 0.04; }
[data-chart='divide'] .act-label { font-weight: 600; fill-opacity: 0.75; }
[data-chart='divide'] .midline, [data-chart='arcs'] .axis { stroke: currentColor; stroke-opacity: 0.35; stroke-dasharray: 3 3; fill: none; }
[data-chart='divide'] .band { fill: currentColor; fill-opacity: 0.14; }
[data-chart='divide'] .edge { fill: none; stroke-width: 2.5px; }
[data-chart='divide'] .edge.glimmers { stroke-dasharray: 6 3; }
[data-chart='divide'] .realm { font-weight: 700; }
[data-chart='divide'] .cursor { stroke: currentColor; stroke-width: 1.5px; }
[data-chart='divide'] .index-label { font-size: 14px; font-weight: 700; }
[data-chart='divide'] .bar-track { fill: currentColor; fill-opacity: 0.1; }
[data-chart='divide'] .bar { fill: currentColor; fill-opacity: 0.7; }
[data-chart='arcs'] .frame { fill: none; stroke: currentColor; stroke-opacity: 0.35; }
[data-chart='arcs'] text { fill: currentColor; paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
[data-chart='arcs'] .end { font-size: 11.5px; font-weight: 600; }
[data-chart='arcs'] .trail { fill: none; stroke: currentColor; stroke-width: 2.5px; stroke-linecap: round; stroke-linejoin: round; }
[data-chart='arcs'] .dot { fill: currentColor; }
[data-chart='arcs'] .leader { fill: none; stroke: currentColor; stroke-width: 1.2px; }
[data-chart='arcs'] .marker { fill: currentColor; stroke-width: 1.5px; }
[data-chart='arcs'] .name { font-weight: 700; }
[data-chart='arcs'] .number { font-size: 11px; font-weight: 600; }
[data-chart='world'] .seam, [data-chart='world'] .earth { fill: currentColor; fill-opacity: 0.07; }
[data-chart='world'] .grid { fill: none; stroke: currentColor; stroke-opacity: 0.25; }
[data-chart='world'] .cloud { fill: none; stroke-width: 1.2px; stroke-dasharray: 5 4; }
[data-chart='world'] .dots { fill: none; stroke: currentColor; stroke-opacity: 0.4; stroke-width: 4px; stroke-linecap: round; }
[data-chart='world'] .dots.named { stroke-opacity: 0.8; stroke-width: 6px; }
[data-chart='world'] circle.here { fill: none; stroke: currentColor; stroke-width: 1.5px; }
[data-chart='world'] .leader { fill: none; stroke: currentColor; stroke-opacity: 0.6; stroke-width: 0.8px; }
[data-chart='world'] .trail { fill: none; stroke: currentColor; stroke-opacity: 0.35; stroke-width: 2px; stroke-linejoin: round; }
[data-chart='world'] .marker { fill: currentColor; stroke-width: 1.5px; }
[data-chart='world'] text { font-size: 11px; paint-order: stroke; stroke-width: 3px; stroke-linejoin: round; }
[data-chart='world'] .realm { font-weight: 700; letter-spacing: 0.08em; fill-opacity: 0.6; stroke: none; }
[data-chart='world'] .district { fill-opacity: 0.7; }
[data-chart='world'] text.here, [data-chart='world'] .name { font-size: 12px; font-weight: 700; }
[data-chart='fabric'] .link { fill: none; stroke: currentColor; stroke-opacity: 0.75; stroke-width: 1.6px; }
[data-chart='fabric'] .link.control { stroke-width: 1px; stroke-dasharray: 4 3; }
[data-chart='fabric'] .link.bridge { stroke-opacity: 1; stroke-width: 2.4px; stroke-dasharray: 0.1 4.5; stroke-linecap: round; }
[data-chart='fabric'] .link.cross { stroke-opacity: 1; stroke-width: 2.4px; }
[data-chart='fabric'] .mark { stroke-width: 2px; }
[data-chart='fabric'] .mark.alterna { stroke-width: 1.5px; }
[data-chart='fabric'] .mark.seam { stroke-dasharray: 3 2; }
[data-chart='fabric'] .mark.plain { fill: none; stroke: currentColor; stroke-width: 1.5px; }
[data-chart='fabric'] .ring { stroke: currentColor; stroke-width: 3px; }
[data-chart='fabric'] .core { fill: currentColor; }
[data-chart='fabric'] .label { stroke-width: 3px; stroke-linejoin: round; paint-order: stroke; }
[data-chart='fabric'] .label.strong { font-weight: 700; }

${markColours(LIGHT)}

@media (prefers-color-scheme: dark) {
${markColours(DARK).replace(/^/gm, '  ')}
}
`;
}
