import type OlMap from 'ol/Map';
import { readBaseMapHere } from '../api/baseMap';
import { updateAreaContext } from '../map/layers';
import type { PreparedBaseMap } from '../map/preparedGeoJson';
import { featuresOf } from '../map/preparedFeatures';
import { loadTowns } from '../map/towns';
import { showError } from '../panels/errorBanner';
import { byId } from '../shared/dom';
import { filterQuery, type Filters, normalizeFilters, STATUSES } from '../state/filters';
import { type ScreenParts, wirePermalink } from '../state/permalink';
import { withPlaybackDates } from '../state/playback';
import type { AppState } from '../state/urlState';
import { loadAreaLayers } from './areaLoads';
import { wireClaimData } from './claimData';
import { wireCopyLink } from './copyLink';
import { loadDefinition } from './definition';
import type { EarlyAnswers } from './early';
import { wireDrawers } from './drawers';
import { wireEditing } from './editing';
import { wireExport } from './exporting';
import { type LeftPanel, wireLeftPanel } from './leftPanel';
import { createWorkbench } from './mapLayers';
import { wireClaimList, wireSearch } from './navigation';
import { precisionLevels, type Stores, type Workbench } from './workbench';

/** What the automation hooks (state/automation.ts) look into, filled in as the workbench loads. */
export interface Booted {
  bench: Workbench | null;
  parts: ScreenParts | null;
}

/** The state from the URL, cleaned against what this server knows; filters set later are cleaned the same way. */
function applyInitialState(bench: Workbench, initial: AppState): (filters: Filters) => Filters {
  const domain = { categories: bench.style.categories.map((c) => c.id), statuses: STATUSES, precisions: precisionLevels(bench.style) };
  const normalize = (f: Filters) => normalizeFilters(f, domain);
  bench.playback.set(initial.playback);
  bench.filters.set(normalize(withPlaybackDates(initial.filters, initial.playback)));
  bench.choropleth.set(initial.choropleth);
  bench.codes.set(initial.codes);
  bench.list.set(initial.list);
  for (const id of initial.hiddenLayers) bench.switchable.get(id)?.forEach((layer) => layer.setVisible(false));
  return normalize;
}

/**
 * Loads every area layer (the focus and core countries derived as soon as they are all in), the
 * towns and the claims; each failure shows in the banner, and the first is thrown once all are done.
 */
async function loadEverything(bench: Workbench, left: LeftPanel, baseMap: Promise<PreparedBaseMap>, showClaims: () => Promise<void>): Promise<PromiseSettledResult<void>[]> {
  const loads = [
    ...loadAreaLayers(bench.layerInfos, baseMap, {
      add: (info, layer) => bench.areas.sources.get(info.id)?.addFeatures(featuresOf(layer)),
      fail: (info, error) => showError(`Could not load the “${info.title}” layer.`, error),
      allSettled: () => updateAreaContext(bench.areas),
    }),
    loadTowns(bench.towns, baseMap.then((answer) => answer.towns)).then(
      (count) => left.setLayerCount('towns', count),
      (error: unknown) => {
        showError('Could not load the towns.', error);
        throw error;
      },
    ),
    showClaims().catch((error: unknown) => {
      showError('Could not load the claims.', error);
      throw error;
    }),
  ];
  return Promise.allSettled(loads);
}

export function rendered(target: OlMap): Promise<void> {
  return new Promise((resolve) => {
    target.once('rendercomplete', () => resolve());
    target.render();
  });
}

/** Wires the workbench together, loads it (with the answers asked for early) and applies the state from the URL. */
export async function boot(stores: Stores, initial: AppState, booted: Booted, early: EarlyAnswers): Promise<void> {
  const { primed } = early;
  const definition = await loadDefinition(early);
  const bench = createWorkbench(stores, definition, primed);
  booted.bench = bench;
  const normalize = applyInitialState(bench, initial);
  // The tiles in view are asked for now, not once the panels are wired and the counts asked
  // (app/claimData.ts sets the same query then, which changes nothing): OpenLayers asks for a
  // frame's tiles in a timeout after it, which runs before the wiring goes on, and a frame drawn
  // before the area layers' features are added is cheap.
  bench.claims.setQuery(filterQuery(bench.filters.get()));
  bench.map.renderSync();
  await new Promise((resolve) => setTimeout(resolve, 0));
  const left = wireLeftPanel(bench);
  const claimList = wireClaimList(bench, primed.firstPage);
  const data = wireClaimData(bench, { left, reloadList: (total) => claimList.reload(total), primed });
  const drawers = wireDrawers([byId<HTMLButtonElement>('toggle-left-panel'), byId<HTMLButtonElement>('toggle-details')]);
  wireEditing(bench, data, () => drawers.showDetails());
  bench.selection.subscribe((selected) => selected && drawers.showDetails());
  wireSearch(bench);
  const exportButton = wireExport(bench);
  wireCopyLink(byId<HTMLButtonElement>('copy-link-button'), byId('copy-link-status'));

  const baseMap = early.baseMap.then((answer) => answer ?? readBaseMapHere());
  const results = await loadEverything(bench, left, baseMap, () => data.show());
  if (bench.choropleth.get()) left.shade();
  // The labels keep off the claim symbols: placed once the tiles in view are in, the first
  // render's placement is its only one (a later one with the same inputs places nothing).
  await bench.claims.tilesLoaded();
  bench.labels.begin();
  const parts: ScreenParts = { map: bench.map, layers: bench.switchable, filters: bench.filters, selection: bench.selection, choropleth: bench.choropleth, codes: bench.codes, list: bench.list, playback: bench.playback, normalize };
  booted.parts = parts;
  bench.selection.set(initial.selection);
  wirePermalink(parts);
  exportButton.disabled = false;
  const addClaimButton = byId<HTMLButtonElement>('add-claim-button');
  addClaimButton.disabled = false;
  addClaimButton.hidden = !bench.canEdit;

  await bench.work.idle();
  await rendered(bench.map);
  // What the first render did not take would be stale by the time a later load asks the same.
  primed.tiles.forget();
  primed.events.forget();
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  document.body.dataset['ready'] = 'true';
  warmUpHover(bench);
}

/**
 * OpenLayers sets up a layer's hit detection on its first query, which is the first hover: done
 * while the page is idle after the first render, it does not cost the first frames of a drag.
 */
function warmUpHover(bench: Workbench): void {
  const query = () => {
    const [width = 0, height = 0] = bench.map.getSize() ?? [];
    bench.claims.claimAtPixel(bench.map, [width / 2, height / 2]);
  };
  // Safari has no idle callbacks.
  if ('requestIdleCallback' in window) window.requestIdleCallback(query);
  else setTimeout(query, 0);
}
