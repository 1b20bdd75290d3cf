import { describe, expect, it } from 'vitest';
import { dayNumber } from '../src/panels/timeScale';
import { decodePlayback, encodeMode, followsPlayback, type Playback, playbackRange, startDate, stepDate, withPlaybackDates } from '../src/state/playback';
import { decodeState, encodeState, DEFAULT_STATE } from '../src/state/urlState';
import { HistoryEntries } from '../src/state/historyEntries';

const WEEK_WINDOW: Playback = { date: '2021-07-10', mode: 'window', windowDays: 7, step: 'day' };
const EXTENT = [dayNumber('2021-07-01'), dayNumber('2021-07-31')] as const;

describe('playbackRange', () => {
  it('shows the last N days up to the date in window mode', () => {
    expect(playbackRange(WEEK_WINDOW)).toEqual({ from: '2021-07-04', to: '2021-07-10' });
    expect(playbackRange({ ...WEEK_WINDOW, windowDays: 1 })).toEqual({ from: '2021-07-10', to: '2021-07-10' });
  });

  it('crosses months and years', () => {
    expect(playbackRange({ ...WEEK_WINDOW, date: '2021-01-02', windowDays: 5 })).toEqual({ from: '2020-12-29', to: '2021-01-02' });
  });

  it('shows everything up to the date in cumulative mode (an open start)', () => {
    expect(playbackRange({ ...WEEK_WINDOW, mode: 'cumulative' })).toEqual({ from: null, to: '2021-07-10' });
  });

  it('puts its dates into the filters and knows when the filters are its own', () => {
    const filters = withPlaybackDates({ from: null, to: null, actors: ['x'] }, WEEK_WINDOW);
    expect(filters).toEqual({ from: '2021-07-04', to: '2021-07-10', actors: ['x'] });
    expect(followsPlayback(WEEK_WINDOW, filters.from, filters.to)).toBe(true);
    expect(followsPlayback(WEEK_WINDOW, '2021-07-05', filters.to)).toBe(false);
    expect(withPlaybackDates(filters, null)).toBe(filters);
  });
});

describe('stepDate', () => {
  it('steps by a day or a week, both ways', () => {
    expect(stepDate('2021-07-10', 'day', 1, EXTENT)).toBe('2021-07-11');
    expect(stepDate('2021-07-10', 'day', -1, EXTENT)).toBe('2021-07-09');
    expect(stepDate('2021-07-10', 'week', 1, EXTENT)).toBe('2021-07-17');
  });

  it('stops at the ends of the collection, landing on the last day first', () => {
    expect(stepDate('2021-07-28', 'week', 1, EXTENT)).toBe('2021-07-31');
    expect(stepDate('2021-07-31', 'day', 1, EXTENT)).toBeNull();
    expect(stepDate('2021-07-01', 'day', -1, EXTENT)).toBeNull();
  });

  it('starts at the chosen start date inside the collection, else at its first day', () => {
    expect(startDate(null, EXTENT)).toBe('2021-07-01');
    expect(startDate('2021-07-20', EXTENT)).toBe('2021-07-20');
    expect(startDate('1990-01-01', EXTENT)).toBe('2021-07-01');
  });
});

describe('playback in the URL', () => {
  it('round-trips the date and the mode', () => {
    for (const playback of [WEEK_WINDOW, { ...WEEK_WINDOW, mode: 'cumulative' as const }, { ...WEEK_WINDOW, windowDays: 30, step: 'week' as const }]) {
      const hash = encodeState({ ...DEFAULT_STATE, playback });
      expect(decodeState(hash).playback).toEqual(playback);
    }
    expect(encodeState({ ...DEFAULT_STATE, playback: WEEK_WINDOW })).toBe('at=2021-07-10&mode=window-7');
    expect(encodeMode({ ...WEEK_WINDOW, mode: 'cumulative', step: 'week' })).toBe('cumulative-week');
  });

  it('drops malformed playback', () => {
    expect(decodePlayback('2021-13-45x', 'window-7')).toBeNull();
    expect(decodePlayback('2021-07-10', 'window-0')).toBeNull();
    expect(decodePlayback('2021-07-10', 'sideways')).toBeNull();
    expect(decodePlayback(null, 'cumulative')).toBeNull();
    expect(decodePlayback('2021-07-10', null)).toEqual(WEEK_WINDOW);
  });

  it('coalesces the steps of playing into one history entry, while a mode change is its own', () => {
    const entries = new HistoryEntries();
    const at = (date: string, mode = 'window-7') => `#at=${date}&mode=${mode}`;
    expect(entries.decide('', at('2021-07-01'), 0)).toBe('push');
    expect(entries.decide(at('2021-07-01'), at('2021-07-02'), 500)).toBe('replace');
    expect(entries.decide(at('2021-07-02'), at('2021-07-03'), 900)).toBe('replace');
    expect(entries.decide(at('2021-07-03'), at('2021-07-03', 'cumulative'), 1200)).toBe('push');
  });
});
