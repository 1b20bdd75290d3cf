import type BaseLayer from 'ol/layer/Base';
import type OlMap from 'ol/Map';
import { fromLonLat, toLonLat } from 'ol/proj';
import type { Filters } from './filters';
import type { SelectionStore } from './selection';
import { sameJson, type Store } from './store';
import { HistoryEntries } from './historyEntries';
import { type Playback, withPlaybackDates } from './playback';
import { type AppState, decodeState, encodeState, type ListState, type ViewState } from './urlState';

/**
 * Keeps the address bar in step with the screen (urlState.ts says what is stored): a selection
 * or a view change becomes a browser history entry (historyEntries.ts says when a change is a new
 * entry and when it continues the last one), so Back and Forward walk through them; an entry
 * reached by Back or Forward, or a hash edited or pasted by hand, is applied.
 */

export interface ScreenParts {
  map: OlMap;
  /** Switchable layer id → the OpenLayers layers behind it. */
  layers: Map<string, BaseLayer[]>;
  filters: Store<Filters>;
  selection: SelectionStore;
  choropleth: Store<boolean>;
  codes: Store<boolean>;
  list: Store<ListState>;
  playback: Store<Playback | null>;
  /** Cleans filters read from a URL (unknown values dropped). */
  normalize: (filters: Filters) => Filters;
}

export function viewState(map: OlMap): ViewState | null {
  const view = map.getView();
  const center = view.getCenter();
  const zoom = view.getZoom();
  if (!center || zoom === undefined) return null;
  const [lon = 0, lat = 0] = toLonLat(center);
  return { center: [lon, lat], zoom };
}

/** The ids of the switchable layers hidden now. */
export function hiddenLayerIds(layers: Map<string, BaseLayer[]>): string[] {
  return [...layers].filter(([, parts]) => !parts.every((l) => l.getVisible())).map(([id]) => id);
}

export function currentState(parts: ScreenParts): AppState {
  return {
    view: viewState(parts.map),
    hiddenLayers: hiddenLayerIds(parts.layers),
    filters: parts.filters.get(),
    selection: parts.selection.get(),
    choropleth: parts.choropleth.get(),
    codes: parts.codes.get(),
    list: parts.list.get(),
    playback: parts.playback.get(),
  };
}

export function applyView(map: OlMap, view: ViewState): void {
  map.getView().setCenter(fromLonLat(view.center));
  map.getView().setZoom(view.zoom);
}

/** Applies a state; parts that already match are left alone (no refetch, no redraw). */
export function applyState(parts: ScreenParts, state: AppState): void {
  if (state.view) {
    const now = viewState(parts.map);
    if (!now || encodeState({ ...state, view: now }) !== encodeState(state)) applyView(parts.map, state.view);
  }
  for (const [id, layers] of parts.layers) {
    const visible = !state.hiddenLayers.includes(id);
    layers.forEach((layer) => layer.getVisible() !== visible && layer.setVisible(visible));
  }
  // Playback first: its date decides the filter's dates.
  parts.playback.set(state.playback, sameJson);
  parts.filters.set(parts.normalize(withPlaybackDates(state.filters, state.playback)), sameJson);
  parts.choropleth.set(state.choropleth);
  parts.codes.set(state.codes);
  parts.list.set(state.list, sameJson);
  const selection = parts.selection.get();
  if (!sameJson(selection, state.selection)) parts.selection.set(state.selection);
}

function addressWith(hash: string): string {
  return `${location.pathname}${location.search}${hash}`;
}

/** The screen's hash now, as the address bar would show it. */
function screenHash(parts: ScreenParts): string {
  const encoded = encodeState(currentState(parts));
  return encoded ? `#${encoded}` : '';
}

export function wirePermalink(parts: ScreenParts): void {
  const entries = new HistoryEntries();
  let written = location.hash;
  /** Set while the screen follows the address: what that changes only rewrites the entry it came from. */
  let restoring = false;
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const hash = screenHash(parts);
    const decided = entries.decide(written, hash, performance.now());
    const action = restoring && decided === 'push' ? 'replace' : decided;
    restoring = false;
    written = hash;
    if (action === 'push') history.pushState(null, '', addressWith(hash));
    else if (action === 'replace') history.replaceState(history.state, '', addressWith(hash));
  };
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(write);
  };
  parts.map.on('moveend', schedule);
  for (const layers of parts.layers.values()) layers[0]?.on('change:visible', schedule);
  parts.filters.subscribe(schedule);
  parts.selection.subscribe(schedule);
  parts.choropleth.subscribe(schedule);
  parts.codes.subscribe(schedule);
  parts.list.subscribe(schedule);
  parts.playback.subscribe(schedule);
  // Back, Forward (popstate) and a hash edited or pasted by hand (hashchange) restore the screen.
  const restore = () => {
    if (location.hash === written) return;
    written = location.hash;
    restoring = true;
    entries.restored(performance.now());
    applyState(parts, decodeState(location.hash));
    schedule();
  };
  window.addEventListener('popstate', restore);
  window.addEventListener('hashchange', restore);
  // Start-up is a restore too: the address with defaults filled in and unknown values dropped replaces the one it came with.
  restoring = true;
  entries.restored(performance.now());
  write();
}
