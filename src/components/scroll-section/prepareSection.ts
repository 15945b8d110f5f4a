// What a scroll section needs before it draws, whichever way it is laid out: the chart's data and
// table for its steps, and the steps' HTML finished with anchors and numbered print figures.
// Shared by the sticky ScrollSection and the FlatSection of the book edition.
import { assembleSteps, readStepScenes } from '../../scrolly/assembleSteps.ts';
import { getActs } from '../../story/getActs.ts';
import { chapterSections, figuresBefore, sectionIndex } from '../../story/chapterSections.ts';
import { CHART_NAMES, isChartName } from '../../story/chartNames.ts';
import { getCharacters } from '../../story/getCharacters.ts';
import { characterInfo, protagonists } from '../../story/protagonists.ts';
import { loadTimeline } from '../../story/timeline/loadTimeline.ts';
import { prepareChart, type PreparedChart } from '../../viz/registry.ts';
import { toHtml } from 'hast-util-to-html';
import { printFigure } from './printFigure.ts';
import { shareFigureParts } from './shareFigureParts.ts';

export interface SectionInput {
  /** The chart the author named. */
  chart: string;
  title: string;
  /** The act the section stands in: figures are numbered by it ("Figure 2.7"). */
  act: number;
  /** The steps as rendered, from the section's slot. */
  stepsHtml: string;
  /** True when the print figures are the reader's only charts (the book edition). */
  flat: boolean;
}

/** What an author writes on a section in a chapter, whichever way the section is laid out. */
export type SectionProps = Pick<SectionInput, 'chart' | 'title' | 'act'>;

export interface PreparedSection {
  chart: PreparedChart;
  scenes: string[];
  /** The steps with ids, indices and print figures. */
  stepsHtml: string;
}

export async function prepareSection({ chart, title, act, stepsHtml, flat }: SectionInput): Promise<PreparedSection> {
  const chapter = (await getActs()).find((entry) => entry.entry.data.act === act);
  if (!chapter) throw new Error(`ScrollSection "${title}" (${chart}): act: got ${act}, expected the number of an act`);
  const file = `content/acts/${chapter.entry.id}.mdx`;
  if (!isChartName(chart)) throw new Error(`${file}: ScrollSection chart: got "${chart}", expected one of ${CHART_NAMES.join(', ')}`);

  // Figures are numbered across the chapter: count the figures before this section in its own
  // act. A chart and title are unique within a chapter (checkChapterMarkup), not across the book.
  const sections = chapterSections(chapter.entry.body ?? '', file);
  const index = sectionIndex(sections, chart, title) + 1;
  const where = `${file}: scroll section ${index}`;
  const firstFigure = figuresBefore(sections, chart, title) + 1;

  const timeline = loadTimeline();
  const labelOf = (scene: string) => timeline.scenes.find((s) => s.id === scene)?.label ?? scene;
  const characters = protagonists(await getCharacters()).map(characterInfo);
  const scenes = readStepScenes(stepsHtml, where);
  const prepared = prepareChart(chart, { timeline, characters, scenes }, scenes);
  const figures = scenes.map((scene, step) =>
    printFigure({ chart, data: prepared.data, title, scenes, step, sceneLabel: labelOf(scene), figure: `Figure ${act}.${firstFigure + step}.`, hidden: !flat }),
  );
  // Ids by act and section: unique on the book's one page, which holds every chapter.
  shareFigureParts(figures, `s${act}-${index}`);
  const assembled = assembleSteps(stepsHtml, chart, (step) => toHtml(figures[step]!), where);
  return { chart: prepared, scenes: assembled.scenes, stepsHtml: assembled.html };
}
