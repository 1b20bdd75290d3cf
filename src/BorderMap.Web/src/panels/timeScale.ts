/**
 * The time axis under the date-range slider. Claim dates cluster (the seed data has one claim
 * about 1996–2001 and twenty-two from mid-2021), so a linear axis would squeeze nearly every
 * claim into one pixel. Long empty stretches are therefore compressed: the axis is piecewise
 * linear, each busy stretch gets width by how many claims it holds, and each gap a fixed sliver
 * (drawn as a break). The mapping stays monotonic and continuous, so every day still has a
 * position. Pure functions; days are whole days since 1970-01-01 (UTC), positions 0..1.
 */

export type Interval = readonly [number, number];

export interface TimeScale {
  readonly minDay: number;
  readonly maxDay: number;
  toPosition(day: number): number;
  toDay(position: number): number;
  /** Compressed gaps, as position ranges, for drawing the breaks. */
  readonly gaps: ReadonlyArray<readonly [number, number]>;
}

const DAY_MS = 86_400_000;
/** A gap is compressed when longer than this many days and this share of the whole span. */
const MIN_GAP_DAYS = 90;
const MIN_GAP_SHARE = 0.1;
const GAP_WIDTH = 0.05;

export function dayNumber(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return NaN;
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A claim's [eventDate, endDate ?? eventDate] as days, or null if the date is unreadable. */
export function claimInterval(eventDate: string, endDate?: string | null): Interval | null {
  const start = dayNumber(eventDate);
  const end = endDate ? dayNumber(endDate) : start;
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  return start <= end ? [start, end] : [end, start];
}

interface Segment {
  start: number;
  end: number;
  count: number;
}

function busySegments(intervals: readonly Interval[], span: number): Segment[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const threshold = Math.max(MIN_GAP_DAYS, span * MIN_GAP_SHARE);
  const segments: Segment[] = [];
  for (const [start, end] of sorted) {
    const last = segments[segments.length - 1];
    if (last && start - last.end <= threshold) {
      last.end = Math.max(last.end, end);
      last.count++;
    } else {
      segments.push({ start, end, count: 1 });
    }
  }
  return segments;
}

/** Breakpoints (day → position) of a piecewise linear, strictly increasing mapping. */
function breakpoints(segments: Segment[], total: number): Array<[number, number]> {
  const gaps = segments.length - 1;
  const gapWidth = Math.min(GAP_WIDTH, 0.3 / Math.max(1, gaps));
  const base = (0.25 * total) / segments.length;
  const weights = segments.map((s) => s.count + base);
  const sum = weights.reduce((a, b) => a + b, 0);
  const room = 1 - gaps * gapWidth;
  const points: Array<[number, number]> = [];
  let position = 0;
  segments.forEach((segment, i) => {
    if (i > 0) position += gapWidth;
    points.push([segment.start, position]);
    position += (room * (weights[i] ?? 0)) / sum;
    points.push([segment.end, Math.min(1, position)]);
  });
  return points;
}

function interpolate(points: Array<[number, number]>, value: number, from: 0 | 1, to: 0 | 1): number {
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

export function buildTimeScale(intervals: readonly Interval[]): TimeScale {
  if (intervals.length === 0) {
    const today = Math.floor(Date.now() / DAY_MS);
    return linear(today - 365, today);
  }
  let minDay = Infinity;
  let maxDay = -Infinity;
  for (const [start, end] of intervals) {
    minDay = Math.min(minDay, start);
    maxDay = Math.max(maxDay, end);
  }
  if (maxDay - minDay < 30) return linear(minDay - 15, maxDay + 15);
  const segments = busySegments(intervals, maxDay - minDay);
  // Single-day segments would have zero length: give each at least one day.
  for (const s of segments) if (s.end === s.start) s.end = s.start + 1;
  if (segments.length === 1) return linear(minDay, Math.max(maxDay, minDay + 1));
  const points = breakpoints(segments, intervals.length);
  const gaps: Array<[number, number]> = [];
  for (let i = 1; i + 1 < points.length; i += 2) gaps.push([(points[i])[1], (points[i + 1])[1]]);
  const last = segments[segments.length - 1];
  return {
    minDay,
    maxDay: last.end,
    toPosition: (day) => interpolate(points, day, 0, 1),
    toDay: (position) => Math.round(interpolate(points, position, 1, 0)),
    gaps,
  };
}

function linear(minDay: number, maxDay: number): TimeScale {
  const span = Math.max(1, maxDay - minDay);
  return {
    minDay,
    maxDay,
    toPosition: (day) => Math.min(1, Math.max(0, (day - minDay) / span)),
    toDay: (position) => Math.round(minDay + Math.min(1, Math.max(0, position)) * span),
    gaps: [],
  };
}

export interface Bin {
  /** Position range on the axis. */
  from: number;
  to: number;
  /** Day range covered, inclusive. */
  firstDay: number;
  lastDay: number;
}

/** `count` equal-width bins along the axis (so compressed stretches get fewer days per bin). */
export function bins(scale: TimeScale, count: number): Bin[] {
  const result: Bin[] = [];
  for (let i = 0; i < count; i++) {
    const from = i / count;
    const to = (i + 1) / count;
    const firstDay = i === 0 ? scale.minDay : scale.toDay(from) + 1;
    result.push({ from, to, firstDay: Math.min(firstDay, scale.toDay(to)), lastDay: scale.toDay(to) });
  }
  return result;
}

/** How many intervals overlap each bin. */
export function histogram(binList: readonly Bin[], intervals: readonly Interval[]): number[] {
  const counts = binList.map(() => 0);
  for (const [start, end] of intervals) {
    for (let i = 0; i < binList.length; i++) {
      const bin = binList[i];
      if (start <= bin.lastDay && end >= bin.firstDay) counts[i] = (counts[i] ?? 0) + 1;
    }
  }
  return counts;
}
