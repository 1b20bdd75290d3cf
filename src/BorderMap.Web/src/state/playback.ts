import { dayNumber, isoDate } from '../panels/timeScale';

/**
 * Playback through time: a current date stepped by a day or a week, shown either as a window
 * (the last N days up to the date) or cumulatively (everything up to the date). It drives the
 * date filter, so the store decides what shows: a claim is in a frame when its span (event date
 * to end date) overlaps the frame's days. Pure functions; dates are ISO YYYY-MM-DD.
 */

export type PlaybackMode = 'window' | 'cumulative';
export type PlaybackStep = 'day' | 'week';

export interface Playback {
  /** The current date: the last day the map shows. */
  date: string;
  mode: PlaybackMode;
  /** Window mode: how many days up to the date are shown. */
  windowDays: number;
  step: PlaybackStep;
}

/** Steps a second. */
export const SPEEDS = [0.5, 1, 2, 4, 8] as const;
export const DEFAULT_SPEED = 2;
export const MAX_WINDOW_DAYS = 3660;

/** The date filter a frame sets: window mode the last `windowDays` days, cumulative every day up to the date (an open start). */
export function playbackRange(playback: Playback): { from: string | null; to: string } {
  const to = playback.date;
  if (playback.mode === 'cumulative') return { from: null, to };
  return { from: isoDate(dayNumber(to) - (clampWindow(playback.windowDays) - 1)), to };
}

export function clampWindow(days: number): number {
  return Number.isFinite(days) ? Math.min(MAX_WINDOW_DAYS, Math.max(1, Math.round(days))) : 7;
}

export function stepDays(step: PlaybackStep): number {
  return step === 'week' ? 7 : 1;
}

/**
 * The date one step forward (`direction` 1) or back (-1), kept inside `extent` (days); null when
 * the date is already at that end, so playing stops there.
 */
export function stepDate(date: string, step: PlaybackStep, direction: 1 | -1, extent: readonly [number, number]): string | null {
  const day = dayNumber(date);
  const [first, last] = extent;
  if ((direction === 1 && day >= last) || (direction === -1 && day <= first)) return null;
  return isoDate(Math.min(last, Math.max(first, day + direction * stepDays(step))));
}

/** Where playback starts when none is under way: the chosen start date if any, else the collection's first day. */
export function startDate(filterFrom: string | null, extent: readonly [number, number]): string {
  const first = filterFrom ? Math.max(extent[0], Math.min(extent[1], dayNumber(filterFrom))) : extent[0];
  return isoDate(first);
}

/** Whether the date filter is the one the playback frame sets (otherwise someone set dates by hand). */
export function followsPlayback(playback: Playback, from: string | null, to: string | null): boolean {
  const range = playbackRange(playback);
  return range.from === from && range.to === to;
}

/** The mode as the URL keeps it: `window-7` or `cumulative`, with `-week` when stepping by weeks. */
export function encodeMode(playback: Playback): string {
  const mode = playback.mode === 'cumulative' ? 'cumulative' : `window-${clampWindow(playback.windowDays)}`;
  return playback.step === 'week' ? `${mode}-week` : mode;
}

const MODE = /^(?:cumulative|window-(\d{1,4}))(-week)?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The playback in a URL's `at` and `mode`, or null when there is none (or it is malformed). */
export function decodePlayback(at: string | null, mode: string | null): Playback | null {
  if (!at || !DATE.test(at) || Number.isNaN(dayNumber(at))) return null;
  const match = MODE.exec(mode ?? 'window-7');
  if (!match) return null;
  const step: PlaybackStep = match[2] ? 'week' : 'day';
  if (match[1] === undefined) return { date: at, mode: 'cumulative', windowDays: 7, step };
  const windowDays = Number(match[1]);
  return windowDays >= 1 && windowDays <= MAX_WINDOW_DAYS ? { date: at, mode: 'window', windowDays, step } : null;
}

/** Says where playback is, for the controls and screen readers. */
export function describePlayback(playback: Playback, format: (iso: string) => string): string {
  const { from, to } = playbackRange(playback);
  if (playback.mode === 'cumulative') return `Everything up to ${format(to)}`;
  return playback.windowDays === 1 ? format(to) : `${format(from ?? to)} – ${format(to)}`;
}

/** The filters with the dates a playback frame sets (unchanged without playback). */
export function withPlaybackDates<F extends { from: string | null; to: string | null }>(filters: F, playback: Playback | null): F {
  return playback ? { ...filters, ...playbackRange(playback) } : filters;
}
