import type BaseLayer from 'ol/layer/Base';
import type OlMap from 'ol/Map';
import { fromLonLat, toLonLat } from 'ol/proj';
import type { Filters } from './filters';
import type { SelectionStore } from './selection';
import { sameJson, type Store } from './store';
import { type AppState, decodeState, encodeState, type ListState, type ViewState } from './urlState';

/**
 * Keeps the address bar in step with the screen (urlState.ts says what is stored): every change
 * replaces the hash (no history entry per pan), and a hash edited or pasted by hand is applied.
 */

export interface ScreenParts {
  map: OlMap;
  /** Switchable layer id → the OpenLayers layers behind it. */
  layers: Map<string, BaseLayer[]>;
  filters: Store<Filters>;
  selection: SelectionStore;
  choropleth: Store<boolean>;
  list: Store<ListState>;
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

export function currentState(parts: ScreenParts): AppState {
  return {
    view: viewState(parts.map),
    hiddenLayers: [...parts.layers].filter(([, layers]) => !layers.every((l) => l.getVisible())).map(([id]) => id),
    filters: parts.filters.get(),
    selection: parts.selection.get(),
    choropleth: parts.choropleth.get(),
    list: parts.list.get(),
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
  parts.filters.set(parts.normalize(state.filters), sameJson);
  parts.choropleth.set(state.choropleth);
  parts.list.set(state.list, sameJson);
  const selection = parts.selection.get();
  if (!sameJson(selection, state.selection)) parts.selection.set(state.selection);
}

export function wirePermalink(parts: ScreenParts): void {
  let written = location.hash;
  let scheduled = false;
  const write = () => {
    scheduled = false;
    const encoded = encodeState(currentState(parts));
    const hash = encoded ? `#${encoded}` : '';
    if (hash === written) return;
    written = hash;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
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
  parts.list.subscribe(schedule);
  window.addEventListener('hashchange', () => {
    if (location.hash === written) return;
    written = location.hash;
    applyState(parts, decodeState(location.hash));
  });
  write();
}
