/**
 * The time axis of the date histogram. Claim dates cluster (the seed data has one claim about
 * 1996–2001 and twenty-two from mid-2021; add one from 2024 and a linear axis squeezes all of
 * 2021 into one bar), so the full axis is broken: long empty stretches are compressed to a
 * sliver drawn as a break, and each busy stretch gets width by how many claims it holds. The
 * mapping stays monotonic and continuous, so every day still has a position. A zoomed-in axis
 * is linear over the span the user chose. Pure functions; days are whole days since 1970-01-01
 * (UTC), positions 0..1.
 */

/** Days [start, end] (inclusive), optionally with a weight (how many claims; 1 if absent). */
export type Interval = readonly [number, number] | readonly [number, number, number];

/** A stretch of days and the positions it takes on the axis. */
export interface Segment {
  readonly startDay: number;
  readonly endDay: number;
  readonly from: number;
  readonly to: number;
  readonly weight: number;
}

export interface TimeScale {
  readonly minDay: number;
  readonly maxDay: number;
  toPosition(day: number): number;
  toDay(position: number): number;
  /** Compressed gaps, as position ranges, for drawing the breaks. */
  readonly gaps: ReadonlyArray<readonly [number, number]>;
  /** The busy stretches (one for a linear axis). */
  readonly segments: readonly Segment[];
}

export type BinSize = 'day' | 'week' | 'month';

const DAY_MS = 86_400_000;
/** A gap is compressed when longer than this many days and this share of the whole span. */
const MIN_GAP_DAYS = 60;
const MIN_GAP_SHARE = 0.02;
const GAP_WIDTH = 0.05;
/** The narrowest a zoomed axis gets. */
export const MIN_ZOOM_DAYS = 14;

export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return NaN;
  return utcDay(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

/** The day number of a calendar date (month from 0, overflow rolls over); unlike Date.UTC, years 0–99 stay years 0–99, not 1900–1999. */
function utcDay(year: number, monthIndex: number, day: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return Math.round(date.getTime() / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day after the bin that starts on `start` (weeks start on Monday, months on the 1st, as the API bins). */
export function binEnd(start: number, size: BinSize): number {
  if (size === 'day') return start + 1;
  if (size === 'week') return start + 7;
  const date = new Date(start * DAY_MS);
  return utcDay(date.getUTCFullYear(), date.getUTCMonth() + 1, 1);
}

interface Busy {
  start: number;
  end: number;
  weight: number;
}

function busyStretches(intervals: readonly Interval[], span: number): Busy[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const threshold = Math.max(MIN_GAP_DAYS, span * MIN_GAP_SHARE);
  const stretches: Busy[] = [];
  for (const interval of sorted) {
    const [start, end] = interval;
    const weight = interval[2] ?? 1;
    const last = stretches[stretches.length - 1];
    if (last && start - last.end <= threshold) {
      last.end = Math.max(last.end, end);
      last.weight += weight;
    } else {
      stretches.push({ start, end, weight });
    }
  }
  // Single-day stretches would have zero length: give each at least one day.
  for (const s of stretches) if (s.end === s.start) s.end = s.start + 1;
  return stretches;
}

/** Lays the stretches out along 0..1: a fixed sliver per gap, the rest by weight. */
function layOut(stretches: Busy[]): Segment[] {
  const gaps = stretches.length - 1;
  const gapWidth = Math.min(GAP_WIDTH, 0.3 / Math.max(1, gaps));
  const total = stretches.reduce((sum, s) => sum + s.weight, 0);
  const base = (0.25 * total) / stretches.length;
  const sum = total + base * stretches.length;
  const room = 1 - gaps * gapWidth;
  const segments: Segment[] = [];
  let position = 0;
  stretches.forEach((s, i) => {
    if (i > 0) position += gapWidth;
    const to = i === stretches.length - 1 ? 1 : Math.min(1, position + (room * (s.weight + base)) / sum);
    segments.push({ startDay: s.start, endDay: s.end, from: position, to, weight: s.weight });
    position = to;
  });
  return segments;
}

function interpolate(points: ReadonlyArray<readonly [number, number]>, value: number, from: 0 | 1, to: 0 | 1): number {
  const first = points[0];
  const last = points[points.length - 1];
  if (value <= first[from]) return first[to];
  if (value >= last[from]) return last[to];
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    if (value <= b[from]) {
      const span = b[from] - a[from];
      return span > 0 ? a[to] + ((value - a[from]) / span) * (b[to] - a[to]) : b[to];
    }
  }
  return last[to];
}

/** The broken axis over all the intervals (linear when there is no long gap). */
export function buildTimeScale(intervals: readonly Interval[]): TimeScale {
  if (intervals.length === 0) {
    const today = Math.floor(Date.now() / DAY_MS);
    return linearScale(today - 365, today);
  }
  const minDay = Math.min(...intervals.map((i) => i[0]));
  const maxDay = Math.max(...intervals.map((i) => i[1]));
  if (maxDay - minDay < 30) return linearScale(minDay - 15, maxDay + 15);
  const stretches = busyStretches(intervals, maxDay - minDay);
  if (stretches.length === 1) return linearScale(minDay, Math.max(maxDay, minDay + 1));
  const segments = layOut(stretches);
  const points = segments.flatMap((s): Array<readonly [number, number]> => [[s.startDay, s.from], [s.endDay, s.to]]);
  return {
    minDay,
    maxDay: segments[segments.length - 1].endDay,
    toPosition: (day) => interpolate(points, day, 0, 1),
    toDay: (position) => Math.round(interpolate(points, position, 1, 0)),
    gaps: segments.slice(1).map((s, i) => [segments[i].to, s.from] as const),
    segments,
  };
}

export function linearScale(minDay: number, maxDay: number): TimeScale {
  const span = Math.max(1, maxDay - minDay);
  return {
    minDay,
    maxDay,
    toPosition: (day) => Math.min(1, Math.max(0, (day - minDay) / span)),
    toDay: (position) => Math.round(minDay + Math.min(1, Math.max(0, position)) * span),
    gaps: [],
    segments: [{ startDay: minDay, endDay: maxDay, from: 0, to: 1, weight: 1 }],
  };
}

/**
 * The finest bin that keeps the bars of the heaviest stretch at least `minBar` units wide on a
 * chart `width` units wide, and the whole span within `maxBins` bins (the API's limit).
 */
export function chooseBin(scale: TimeScale, width: number, minBar = 4, maxBins = 10_000): BinSize {
  const heaviest = scale.segments.reduce((a, b) => (b.weight > a.weight ? b : a));
  const daysPerUnit = (heaviest.endDay - heaviest.startDay) / Math.max(1e-9, (heaviest.to - heaviest.from) * width);
  const span = scale.maxDay - scale.minDay;
  const fits = (days: number) => daysPerUnit * minBar <= days && span / days <= maxBins;
  return fits(1) ? 'day' : fits(7) ? 'week' : 'month';
}

/**
 * The span after zooming by `factor` (< 1 in, > 1 out) around `center`, kept inside `extent`;
 * null once it covers the whole extent (the full, broken axis).
 */
export function zoomSpan(view: readonly [number, number], extent: readonly [number, number], center: number, factor: number): [number, number] | null {
  const [lo, hi] = view;
  const extentSpan = extent[1] - extent[0];
  const span = Math.round(Math.max(MIN_ZOOM_DAYS, (hi - lo) * factor));
  if (span >= extentSpan) return null;
  const share = hi > lo ? (Math.min(hi, Math.max(lo, center)) - lo) / (hi - lo) : 0.5;
  let start = Math.round(center - share * span);
  start = Math.max(extent[0], Math.min(extent[1] - span, start));
  return [start, start + span];
}
