import { describe, expect, it } from 'vitest';
import { type AppState, decodeState, DEFAULT_STATE, encodeState } from '../src/state/urlState';

const FULL: AppState = {
  view: { center: [69.12345, 36.54321], zoom: 7.25 },
  hiddenLayers: ['rivers', 'countries'],
  filters: {
    from: '2021-06-01',
    to: '2021-07-31',
    categories: ['troop-movement', 'territorial-control'],
    statuses: ['reported'],
    precisions: [1, 2],
    actors: ['Taliban', 'Afghan National Army'],
    reliabilities: ['A', 'B'],
    credibilities: [2],
    eventStatuses: ['disputed'],
    singleSource: true,
  },
  selection: { kind: 'claim', id: 'afghan-soldiers-cross-into-tajikistan' },
  choropleth: true,
  codes: true,
  list: { query: 'Бадахшан & co', sort: 'title', descending: true },
  playback: { date: '2021-07-31', mode: 'window', windowDays: 61, step: 'week' },
};

describe('encodeState and decodeState', () => {
  it('round-trip a screen with every part set (hidden layers come back sorted)', () => {
    const decoded = decodeState(`#${encodeState(FULL)}`);
    expect(decoded).toEqual({ ...FULL, hiddenLayers: ['countries', 'rivers'] });
  });

  it('round-trip the default screen as an empty hash', () => {
    expect(encodeState(DEFAULT_STATE)).toBe('');
    expect(decodeState('')).toEqual(DEFAULT_STATE);
  });

  it('keep "none ticked" (present but empty) apart from "all" (absent)', () => {
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, categories: [] } };
    const hash = encodeState(none);
    expect(hash).toBe('cat=');
    expect(decodeState(hash).filters.categories).toEqual([]);
    expect(decodeState('').filters.categories).toBeNull();
  });

  it('round-trip an area selection and ids with reserved characters', () => {
    const state: AppState = { ...DEFAULT_STATE, selection: { kind: 'area', id: 'AF-BDS' }, list: { query: 'a=b&c#d', sort: 'date', descending: false } };
    expect(decodeState(encodeState(state))).toEqual(state);
  });

  it('round the view to what a link needs', () => {
    const hash = encodeState({ ...DEFAULT_STATE, view: { center: [69.123456789, 36.987654321], zoom: 7.123456 } });
    expect(decodeState(hash).view).toEqual({ center: [69.12346, 36.98765], zoom: 7.123 });
  });
});

describe('decodeState with a bad hash', () => {
  it.each([
    ['v=abc', 'a view that is not numbers'],
    ['v=69,36', 'a view with two numbers'],
    ['v=200,36,5', 'a longitude out of range'],
    ['v=69,89,5', 'a latitude beyond the map'],
    ['v=69,36,99', 'a zoom out of range'],
  ])('drops %s (%s)', (hash) => {
    expect(decodeState(hash).view).toBeNull();
  });

  it('drops malformed dates, selections and sorts, and keeps the rest', () => {
    const decoded = decodeState('#from=2021-13&to=yesterday&sel=region:AF-BDS&sort=-colour&choro=yes&cat=troop-movement');
    expect(decoded.filters.from).toBeNull();
    expect(decoded.filters.to).toBeNull();
    expect(decoded.selection).toBeNull();
    expect(decoded.list).toEqual({ query: '', sort: 'date', descending: false });
    expect(decoded.choropleth).toBe(false);
    expect(decoded.filters.categories).toEqual(['troop-movement']);
  });

  it('drops precisions that are not whole numbers and blank list entries', () => {
    const decoded = decodeState('prec=1,x,2.5,3&actor=,Taliban,,&hide=,rivers');
    expect(decoded.filters.precisions).toEqual([1, 3]);
    expect(decoded.filters.actors).toEqual(['Taliban']);
    expect(decoded.hiddenLayers).toEqual(['rivers']);
  });

  it('reads a hash of nothing but noise as the default screen', () => {
    expect(decodeState('#%%%&&==&foo=bar')).toEqual(DEFAULT_STATE);
  });
});
