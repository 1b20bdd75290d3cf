import { el } from '../shared/dom';
import { AT_LEAST_TITLE } from '../shared/countBound';
import { formatDate, plural } from '../shared/format';
import { svg } from '../shared/svg';
import { CHART_WIDTH, type DayBin, type HistogramView } from './histogramData';
import { isoDate, type TimeScale } from './timeScale';

/** Drawing the histogram's bars, the break marks of the broken axis, and the axis labels. */

export const CHART_HEIGHT = 46;

function binLabel(bin: DayBin, total: number, shown: number, atLeast: boolean): string {
  const last = bin.end - 1;
  const range = last > bin.start ? `${formatDate(isoDate(bin.start))} – ${formatDate(isoDate(last))}` : formatDate(isoDate(bin.start));
  return `${range}: ${plural(total, 'claim')}, ${atLeast ? `at least ${shown} shown (${AT_LEAST_TITLE})` : `${shown} shown`}`;
}

/** Where a bin is drawn (SVG units), or null when it lies outside the shown span. */
function extentOf(bin: DayBin, scale: TimeScale): [number, number] | null {
  if (bin.end <= scale.minDay || bin.start > scale.maxDay) return null;
  const x = scale.toPosition(bin.start) * CHART_WIDTH + 0.5;
  const right = scale.toPosition(bin.end) * CHART_WIDTH;
  return [x, Math.max(1, right - x - 0.5)];
}

/** The break marks (two slanted strokes) in the middle of each compressed gap. */
function breakMarks(scale: TimeScale): SVGElement[] {
  return scale.gaps.map(([a, b]) => {
    const x = ((a + b) / 2) * CHART_WIDTH;
    const h = CHART_HEIGHT;
    return svg('path', { d: `M${x - 3},${h} L${x - 1},${h - 8} M${x + 1},${h} L${x + 3},${h - 8}`, class: 'gap-break' });
  });
}

/**
 * The bars: pale for every claim (paler outside the chosen dates), dark for the claims that
 * pass the filters (hatched at the top when they are lower bounds). Heights are square-root
 * scaled so one claim beside hundreds still shows.
 */
export function drawBars(chart: SVGSVGElement, view: HistogramView, chosen: readonly [number, number]): void {
  const matching = new Map(view.matching.map((b) => [b.start, b.count]));
  const drawn = view.all.map((bin) => ({ bin, at: extentOf(bin, view.scale) })).filter((d) => d.at !== null);
  const max = Math.max(1, ...drawn.map((d) => d.bin.count));
  const height = (n: number) => (n > 0 ? Math.max(2, (Math.sqrt(n) / Math.sqrt(max)) * (CHART_HEIGHT - 2)) : 0);
  const bars: SVGElement[] = [];
  for (const { bin, at } of drawn) {
    const [x, width] = at ?? [0, 0];
    const shown = matching.get(bin.start) ?? 0;
    const label = binLabel(bin, bin.count, shown, view.matchingAtLeast);
    const inRange = bin.end - 1 >= chosen[0] && bin.start <= chosen[1];
    const attrs = { x, width, 'data-start': isoDate(bin.start), 'data-count': bin.count };
    bars.push(svg('rect', { ...attrs, y: CHART_HEIGHT - height(bin.count), height: height(bin.count), class: inRange ? 'bar-all' : 'bar-all bar-out' }, svg('title', {}, label)));
    const matchClass = view.matchingAtLeast ? 'bar-match bar-at-least' : 'bar-match';
    if (shown > 0) bars.push(svg('rect', { ...attrs, y: CHART_HEIGHT - height(shown), height: height(shown), class: matchClass }, svg('title', {}, label)));
  }
  chart.replaceChildren(...bars, ...breakMarks(view.scale));
}

function axisLabel(day: number, span: number): string {
  return formatDate(isoDate(day), span > 3 * 365 ? 'year' : span > 60 ? 'month' : 'day');
}

/** Labels at both ends and where a compressed gap ends (or in the middle), skipping those that would overlap. */
export function drawAxis(axis: HTMLElement, scale: TimeScale): void {
  const span = scale.maxDay - scale.minDay;
  const marks: Array<[number, number]> = [[0, scale.minDay], [1, scale.maxDay]];
  for (const [, gapEnd] of scale.gaps) marks.push([gapEnd, scale.toDay(gapEnd)]);
  // An unbroken (zoomed) axis gets a label in the middle too, to tell where it is.
  if (scale.gaps.length === 0) marks.push([0.5, scale.toDay(0.5)]);
  marks.sort((a, b) => a[0] - b[0]);
  axis.replaceChildren();
  let lastAt = -1;
  for (const [at, day] of marks) {
    const crowded = lastAt >= 0 && at - lastAt < 0.22;
    if (at !== 1 && crowded) continue;
    if (at === 1 && crowded) axis.lastElementChild?.remove();
    const mark = el('span', { className: 'axis-mark' }, axisLabel(day, span));
    mark.style.left = `${at * 100}%`;
    if (at === 1) mark.classList.add('axis-end');
    if (at === 0) mark.classList.add('axis-start');
    axis.append(mark);
    lastAt = at;
  }
}
