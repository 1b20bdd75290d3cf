import { api } from '../api/api';
import type { Primed } from '../api/primed';
import { filterQuery, type Filters, isUnfiltered } from '../state/filters';
import type { DateHistogram } from '../types';
import { type BinSize, binEnd, buildTimeScale, chooseBin, dayNumber, isoDate, linearScale, type TimeScale } from './timeScale';

/**
 * What the date histogram draws, counted by the store (`/api/claims/histogram`), never from
 * loaded claims: the month bins of the whole collection set the axis (its extent, and its
 * breaks where the collection has long empty stretches); the bars use the finest bin (day, week
 * or month) that the shown span affords, once for every claim and once under the filters.
 */

/** One bar: days [start, end) and how many claims have their event date in them. */
export interface DayBin {
  start: number;
  end: number;
  count: number;
}

export interface HistogramView {
  scale: TimeScale;
  bin: BinSize;
  /** The bars over every claim, and under the filters. */
  all: DayBin[];
  matching: DayBin[];
  /** The bars under the filters are lower bounds (more claims match than the server could count in time). */
  matchingAtLeast: boolean;
}

/** The chart's width in SVG units (the bin choice keeps bars a few units wide). */
export const CHART_WIDTH = 240;

export function dayBins(histogram: DateHistogram): DayBin[] {
  return histogram.bins.map((b) => {
    const start = dayNumber(b.start);
    return { start, end: binEnd(start, histogram.bin), count: b.count };
  });
}

/** The axis over the whole collection: broken where it has long empty stretches. */
export function fullScale(months: readonly DayBin[]): TimeScale {
  return buildTimeScale(months.map((b) => [b.start, b.end - 1, b.count] as const));
}

function histogram(bin: BinSize, query: URLSearchParams, signal: AbortSignal): Promise<DateHistogram> {
  query.set('bin', bin);
  return api.histogram(query, signal);
}

/** The bars under the filters, and whether they are lower bounds; none when the filters' dates miss the span. */
async function matchingBins(bin: BinSize, query: URLSearchParams | null, signal: AbortSignal): Promise<{ bins: DayBin[]; atLeast: boolean }> {
  if (!query) return { bins: [], atLeast: false };
  const answer = await histogram(bin, query, signal);
  return { bins: dayBins(answer), atLeast: answer.atLeast };
}

function monthsQuery(): URLSearchParams {
  return new URLSearchParams({ bin: 'month' });
}

/** The time filter's first histogram questions: the month bins of every claim (the axis), and the bars of every claim over that whole axis. */
export interface PrimedHistogram {
  months: Primed<DateHistogram>;
  /** Asked only when the whole axis is drawn in days or weeks: in months the bars are the month bins. */
  bars: Primed<DateHistogram>;
}

function barsQuery(bin: BinSize): URLSearchParams {
  return new URLSearchParams({ bin });
}

/**
 * Asks for the month bins of every claim before the time filter is wired (see Primed), and once they
 * answer, for the bars over the whole axis in the bin the time filter will choose for them, which
 * otherwise it asks only once the months are in and the workbench is wired.
 */
export function primeHistogram(primed: PrimedHistogram): void {
  primed.months.ask(monthsQuery(), (query) => {
    const months = api.histogram(query);
    months.then(
      (answer) => {
        const bin = chooseBin(fullScale(dayBins(answer)), CHART_WIDTH);
        if (bin !== 'month') primed.bars.ask(barsQuery(bin), (bars) => api.histogram(bars));
      },
      () => undefined, // the time filter reports the failure when it takes the months
    );
    return months;
  });
}

/** Month bins of every claim: the primed answer if there is one. */
export async function loadMonths(signal: AbortSignal, primed?: Primed<DateHistogram>): Promise<DayBin[]> {
  const query = monthsQuery();
  return dayBins(await (primed?.take(query) ?? api.histogram(query, signal)));
}

/** The filters' date range within the shown span, or null when they do not meet. */
function rangeWithin(filters: Filters, lo: number, hi: number): [string, string] | null {
  const from = Math.max(lo, filters.from ? dayNumber(filters.from) : lo);
  const to = Math.min(hi, filters.to ? dayNumber(filters.to) : hi);
  return from <= to ? [isoDate(from), isoDate(to)] : null;
}

/** Whether two views show the same span in the same bins (then the bars of every claim are the same). */
function sameSpan(view: HistogramView | null, scale: TimeScale, bin: BinSize): view is HistogramView {
  return view !== null && view.bin === bin && view.scale.minDay === scale.minDay && view.scale.maxDay === scale.maxDay;
}

/**
 * The bars for the whole axis (`zoom` null) or a zoomed-in span, under the filters; the bars of
 * every claim are taken from `previous` when it showed the same span (only the filters changed).
 */
export async function loadView(months: DayBin[], zoom: readonly [number, number] | null, filters: Filters, previous: HistogramView | null, signal: AbortSignal, primedBars?: Primed<DateHistogram>): Promise<HistogramView> {
  const scale = zoom ? linearScale(zoom[0], zoom[1]) : fullScale(months);
  const bin = chooseBin(scale, CHART_WIDTH);
  const range = rangeWithin(filters, scale.minDay, scale.maxDay);
  const matchingQuery = range ? filterQuery({ ...filters, from: range[0], to: range[1] }) : null;
  const all = sameSpan(previous, scale, bin) ? Promise.resolve(previous.all) : allBins(months, bin, zoom, signal, primedBars);
  // Unfiltered over the whole axis, the bars under the filters are the bars of every claim.
  const matching = !zoom && isUnfiltered(filters) ? all.then((bins) => ({ bins, atLeast: false })) : matchingBins(bin, matchingQuery, signal);
  const [allBars, matchingBars] = await Promise.all([all, matching]);
  return { scale, bin, all: allBars, matching: matchingBars.bins, matchingAtLeast: matchingBars.atLeast };
}

/** The bars of every claim over the whole axis (`zoom` null: the month bins, or the primed bars if they were asked) or a zoomed-in span. */
async function allBins(months: DayBin[], bin: BinSize, zoom: readonly [number, number] | null, signal: AbortSignal, primedBars?: Primed<DateHistogram>): Promise<DayBin[]> {
  if (!zoom && bin === 'month') return months;
  const query = zoom ? new URLSearchParams({ from: isoDate(zoom[0]), to: isoDate(zoom[1]) }) : barsQuery(bin);
  const primed = zoom ? null : (primedBars?.take(query) ?? null);
  return dayBins(await (primed ?? histogram(bin, query, signal)));
}
