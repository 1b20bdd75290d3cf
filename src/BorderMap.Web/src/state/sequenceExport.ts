import { dayNumber } from '../panels/timeScale';

/**
 * The Export dialog's sequences: an animation (`animate=true`: GIF, MP4 or numbered PNG frames)
 * or a small-multiples page (`small-multiples=true`: PNG or PDF) over a date range, as the
 * server's `/api/export` takes them. The frame count is checked here first, by the server's own
 * rules, so the dialog can say what is wrong before anything is rendered. Pure functions.
 */

export type ExportKind = 'map' | 'animation' | 'multiples';
export type SequenceStep = 'day' | 'week' | 'month';

export interface SequenceSettings {
  kind: Exclude<ExportKind, 'map'>;
  /** Inclusive ISO dates. */
  from: string;
  to: string;
  step: SequenceStep;
  /** Animation: the days each frame shows up to its date, or everything since `from`. */
  window: number | 'cumulative';
  /** Animation: frames a second. */
  fps: number;
}

/** The server's limits (FramePlan.MaxFrames, SequenceRequestParser). */
export const MAX_FRAMES = 1000;
export const MAX_MAPS = 48;
export const MAX_FPS = 30;
export const MAX_WINDOW_DAYS = 3660;

/** The formats of each kind: [value sent as `format`, label]. */
export const KIND_FORMATS: Record<ExportKind, Array<[string, string]>> = {
  map: [['png', 'PNG'], ['svg', 'SVG'], ['pdf', 'PDF']],
  animation: [['gif', 'GIF'], ['mp4', 'MP4 (H.264)'], ['png-seq', 'PNG frames (ZIP)']],
  multiples: [['png', 'PNG'], ['pdf', 'PDF']],
};

export type SequenceField = 'from' | 'to' | 'step' | 'window' | 'fps';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function mondayOf(day: number): number {
  // Day 0 (1970-01-01) was a Thursday.
  return day - ((day + 3) % 7);
}

function monthIndex(iso: string): number {
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** How many frames (animation) or maps (small multiples: calendar days, Monday weeks or months touching the range). */
export function frameCount(s: SequenceSettings): number {
  const from = dayNumber(s.from);
  const to = dayNumber(s.to);
  if (s.kind === 'animation') return Math.floor((to - from) / (s.step === 'week' ? 7 : 1)) + 1;
  if (s.step === 'month') return monthIndex(s.to) - monthIndex(s.from) + 1;
  if (s.step === 'week') return (mondayOf(to) - mondayOf(from)) / 7 + 1;
  return to - from + 1;
}

/** What is wrong with the settings, per field (empty when the server would take them). */
export function sequenceProblems(s: SequenceSettings): Partial<Record<SequenceField, string>> {
  const problems: Partial<Record<SequenceField, string>> = {};
  const valid = (iso: string) => DATE.test(iso) && !Number.isNaN(dayNumber(iso));
  if (!valid(s.from)) problems.from = 'required: the first date';
  if (!valid(s.to)) problems.to = 'required: the last date';
  if (problems.from || problems.to) return problems;
  if (s.from > s.to) return { to: `${s.to} is before ${s.from}` };
  if (s.kind === 'animation' && s.step === 'month') problems.step = 'an animation steps by a day or a week';
  const count = frameCount(s);
  const limit = s.kind === 'animation' ? MAX_FRAMES : MAX_MAPS;
  const noun = s.kind === 'animation' ? 'frames' : 'maps';
  if (!problems.step && count > limit) problems.step = `${s.from} to ${s.to} by ${s.step} is ${count.toLocaleString('en')} ${noun}; the limit is ${limit.toLocaleString('en')}: use a longer step or a shorter range`;
  if (s.kind === 'animation' && s.window !== 'cumulative' && !(Number.isInteger(s.window) && s.window >= 1 && s.window <= MAX_WINDOW_DAYS)) problems.window = `a whole number of days from 1 to ${MAX_WINDOW_DAYS}`;
  if (s.kind === 'animation' && !(Number.isInteger(s.fps) && s.fps >= 1 && s.fps <= MAX_FPS)) problems.fps = `a whole number of frames a second from 1 to ${MAX_FPS}`;
  return problems;
}

/** The sequence's `/api/export` query: the map export's query (size, title, area, filters) with the sequence's parameters. */
export function sequenceQuery(mapQuery: URLSearchParams, s: SequenceSettings, format: string): URLSearchParams {
  const query = new URLSearchParams(mapQuery);
  query.set(s.kind === 'animation' ? 'animate' : 'small-multiples', 'true');
  query.set('format', format);
  query.set('from', s.from);
  query.set('to', s.to);
  query.set('step', s.step);
  if (s.kind === 'animation') {
    query.set('window', String(s.window));
    query.set('fps', String(s.fps));
  }
  return query;
}

/** What the dialog says while the server renders. */
export function describeSequence(s: SequenceSettings): string {
  const count = frameCount(s);
  return s.kind === 'animation' ? `${count} frame${count === 1 ? '' : 's'}` : `${count} map${count === 1 ? '' : 's'}`;
}
