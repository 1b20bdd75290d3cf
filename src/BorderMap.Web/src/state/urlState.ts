import { type Filters, NO_FILTERS } from './filters';
import { decodePlayback, encodeMode, type Playback } from './playback';
import type { Selection } from './selection';

/**
 * The screen as a URL: everything needed to restore it (view, visible layers, filters,
 * selection, choropleth, claim list) encoded in the location hash as `key=value&...`, so
 * reloading or sharing the address restores the same screen. Pure functions.
 *
 * Keys: `v` = lon,lat,zoom; `hide` = hidden layer ids; `from`, `to`; `cat`, `status`, `prec`
 * (absent = all, empty = none); `rel` (A–F), `cred` (1–6) likewise; `actor`; `sel` = claim:<id>, area:<id> or event:<id>; `choro` = 1;
 * `q` = claim list search; `sort` = date|title|category|place|status, with a `-` prefix for descending;
 * `at` = the playback date and `mode` = window-<days> or cumulative, `-week` when stepping by weeks.
 */

export interface ViewState {
  /** lon, lat (EPSG:4326) */
  center: [number, number];
  zoom: number;
}

export type SortKey = 'date' | 'title' | 'category' | 'place' | 'status';

export interface ListState {
  query: string;
  sort: SortKey;
  descending: boolean;
}

export interface AppState {
  view: ViewState | null;
  hiddenLayers: string[];
  filters: Filters;
  selection: Selection;
  choropleth: boolean;
  /** Whether single claims show their Admiralty code (source reliability and credibility) under their symbol. */
  codes: boolean;
  list: ListState;
  /** Playback through time (it sets the filters' dates), or null when none is under way. */
  playback: Playback | null;
}

export const DEFAULT_LIST: ListState = { query: '', sort: 'date', descending: false };

export const DEFAULT_STATE: AppState = {
  view: null,
  hiddenLayers: [],
  filters: NO_FILTERS,
  selection: null,
  choropleth: false,
  codes: false,
  list: DEFAULT_LIST,
  playback: null,
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function list(values: readonly (string | number)[]): string {
  return values.join(',');
}

export function encodeState(state: AppState): string {
  const q = new URLSearchParams();
  if (state.view) {
    const { center, zoom } = state.view;
    q.set('v', `${round(center[0], 5)},${round(center[1], 5)},${round(zoom, 3)}`);
  }
  if (state.hiddenLayers.length) q.set('hide', list([...state.hiddenLayers].sort()));
  const f = state.filters;
  if (f.from) q.set('from', f.from);
  if (f.to) q.set('to', f.to);
  if (f.categories) q.set('cat', list(f.categories));
  if (f.statuses) q.set('status', list(f.statuses));
  if (f.precisions) q.set('prec', list(f.precisions));
  if (f.actors.length) q.set('actor', list(f.actors));
  if (f.reliabilities) q.set('rel', list(f.reliabilities));
  if (f.credibilities) q.set('cred', list(f.credibilities));
  if (f.eventStatuses) q.set('ev', list(f.eventStatuses));
  if (f.singleSource !== null) q.set('single', f.singleSource ? '1' : '0');
  if (state.selection) q.set('sel', `${state.selection.kind}:${state.selection.id}`);
  if (state.choropleth) q.set('choro', '1');
  if (state.codes) q.set('codes', '1');
  if (state.list.query) q.set('q', state.list.query);
  if (state.list.sort !== DEFAULT_LIST.sort || state.list.descending !== DEFAULT_LIST.descending) {
    q.set('sort', `${state.list.descending ? '-' : ''}${state.list.sort}`);
  }
  if (state.playback) {
    q.set('at', state.playback.date);
    q.set('mode', encodeMode(state.playback));
  }
  return q.toString();
}

function splitList(value: string | null): string[] | null {
  if (value === null) return null;
  return value.split(',').map((s) => s.trim()).filter((s) => s.length > 0);
}

function decodeView(value: string | null): ViewState | null {
  const parts = value?.split(',').map(Number);
  if (!parts || parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 30) return null;
  return { center: [lon, lat], zoom };
}

function decodeSelection(value: string | null): Selection {
  const match = /^(claim|area|event):(.+)$/.exec(value ?? '');
  return match ? { kind: match[1] as 'claim' | 'area' | 'event', id: match[2] } : null;
}

function decodeSort(value: string | null): Pick<ListState, 'sort' | 'descending'> {
  const match = /^(-?)(date|title|category|place|status)$/.exec(value ?? '');
  return match ? { sort: match[2] as SortKey, descending: match[1] === '-' } : { sort: DEFAULT_LIST.sort, descending: DEFAULT_LIST.descending };
}

/** Reads a hash (with or without `#`); anything malformed falls back to the default. */
export function decodeState(hash: string): AppState {
  const q = new URLSearchParams(hash.replace(/^#/, ''));
  const date = (key: string) => {
    const value = q.get(key);
    return value && DATE.test(value) ? value : null;
  };
  const precisions = splitList(q.get('prec'));
  return {
    view: decodeView(q.get('v')),
    hiddenLayers: splitList(q.get('hide')) ?? [],
    filters: {
      from: date('from'),
      to: date('to'),
      categories: splitList(q.get('cat')),
      statuses: splitList(q.get('status')),
      precisions: precisions ? precisions.map(Number).filter((n) => Number.isInteger(n)) : null,
      actors: splitList(q.get('actor')) ?? [],
      reliabilities: splitList(q.get('rel')),
      credibilities: splitList(q.get('cred'))?.map(Number).filter((n) => Number.isInteger(n)) ?? null,
      eventStatuses: splitList(q.get('ev')),
      singleSource: q.get('single') === '1' ? true : q.get('single') === '0' ? false : null,
    },
    selection: decodeSelection(q.get('sel')),
    choropleth: q.get('choro') === '1',
    codes: q.get('codes') === '1',
    list: { query: q.get('q') ?? '', ...decodeSort(q.get('sort')) },
    playback: decodePlayback(q.get('at'), q.get('mode')),
  };
}
