import { api, isAbort } from '../api/api';
import type { PrimedClaims } from '../api/primed';
import { renderFilterPanel } from '../panels/filterPanel';
import { showError } from '../panels/errorBanner';
import { renderTimeFilter } from '../panels/timeFilter';
import { COUNT_EXACTLY, exactQuery, markRanOut } from '../shared/countBound';
import { byId } from '../shared/dom';
import { filterQuery, type Filters, STATUSES } from '../state/filters';
import { followChanges } from '../state/storeChanges';
import type { ClaimFacets, ClaimTotal } from '../types';
import type { LeftPanel } from './leftPanel';
import { wirePlayback } from './playback';
import { precisionLevels, type Workbench } from './workbench';

/**
 * The claims on screen, all asked of the store under the filters: the map's vector tiles, the
 * counts (`/api/claims/facets`: the legend, the layer switcher, the choropleth, the list's total,
 * and the actor list, counted without the actor filter so more actors can be added), the date
 * histogram and the claim list's pages. A filter change (debounced while a slider is dragged)
 * asks for them again; so does a write, here or anywhere (`/api/changes`). Nothing reads the
 * whole collection.
 */

export interface ClaimData {
  /** Shows the claims under the current filters and starts following the store's changes. */
  show(): Promise<void>;
  /** After an edit here: everything asked for again; a failure shows in the banner. */
  refresh(): Promise<void>;
}

export interface ClaimViews {
  left: LeftPanel;
  reloadList: (total: Promise<ClaimTotal>) => void;
  /** The first counts and histogram, if they were asked for before the workbench was wired. */
  primed?: Pick<PrimedClaims, 'facets' | 'months' | 'bars'>;
}

const DEBOUNCE_MS = 90;

/**
 * The counts under `current` and the actor list's: counted without the actor filter, which with
 * none set is the same question, asked once. `ask` asks one question of the server.
 */
function facetsWithActors(
  current: Filters,
  ask: (query: URLSearchParams) => Promise<ClaimFacets>,
  counted = ask(filterQuery(current)),
): Promise<[ClaimFacets, ClaimFacets]> {
  const actors = current.actors.length ? ask(filterQuery({ ...current, actors: [] })) : counted;
  return Promise.all([counted, actors]);
}

/** Runs `run` once the filters have stayed still for DEBOUNCE_MS, and keeps the work indicator busy while they move. */
function afterFiltersSettle(bench: Workbench, run: () => void): void {
  let timer: number | undefined;
  let releaseWait: (() => void) | null = null;
  bench.filters.subscribe(() => {
    window.clearTimeout(timer);
    releaseWait?.();
    void bench.work.track(new Promise<void>((resolve) => (releaseWait = resolve)));
    timer = window.setTimeout(() => {
      releaseWait?.();
      releaseWait = null;
      run();
    }, DEBOUNCE_MS);
  });
}

export function wireClaimData(bench: Workbench, views: ClaimViews): ClaimData {
  const { claims, work, filters } = bench;
  const timeFilter = renderTimeFilter(byId('time-filter'), filters, work, views.primed);
  wirePlayback(byId('time-filter'), { map: bench.map, work, filters, playback: bench.playback, timeFilter });
  const filterPanel = renderFilterPanel(byId('filters-body'), {
    statuses: STATUSES,
    precisions: precisionLevels(bench.style).map((n) => [n, bench.style.geoPrecision[String(n)] ?? `level ${n}`]),
    filters,
  });
  let controller: AbortController | null = null;

  function showFacets(facets: ClaimFacets, actors: ClaimFacets): void {
    views.left.setCategoryCounts(new Map(facets.categories.map((c) => [c.value, c.count])), facets.atLeast);
    views.left.setLayerCount('claims', facets.total, facets.atLeast);
    views.left.setRegionCounts(new Map(facets.regions.map((r) => [r.value, r.count])));
    filterPanel.setActors(actors.actors.map((a) => [a.value, a.count]), actors.atLeast);
  }

  /** Asks for the counts under the filters now and shows them with the tiles and the list. */
  async function load(): Promise<void> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const current: Filters = filters.get();
    claims.setQuery(filterQuery(current));
    const query = filterQuery(current);
    const counted = views.primed?.facets.take(query) ?? api.facets(query, mine.signal);
    // The list reads its first page meanwhile, and takes its total from these counts.
    views.reloadList(counted);
    try {
      const [facets, actors] = await work.track(facetsWithActors(current, (q) => api.facets(q, mine.signal), counted));
      if (controller === mine) showFacets(facets, actors);
    } catch (error) {
      if (isAbort(error) || controller !== mine) return;
      throw error;
    }
  }

  /**
   * A click on an "N+" count (legend, layer switcher, claim list): the counts under the filters once
   * more, exactly (`exact=1`); when even that runs out of time, the counts say so and ask no more.
   */
  async function countExactly(): Promise<void> {
    const mine = controller;
    try {
      const [facets, actors] = await work.track(facetsWithActors(filters.get(), (q) => api.facets(exactQuery(q), mine?.signal)));
      if (controller !== mine) return;
      showFacets(facets, actors);
      views.reloadList(Promise.resolve(facets));
      if (facets.atLeast) for (const id of ['legend', 'layer-switcher']) markRanOut(byId(id));
    } catch (error) {
      if (!isAbort(error)) throw error;
    }
  }

  const reportFailure = (error: unknown) => showError('Could not load the claims for these filters.', error);
  document.addEventListener(COUNT_EXACTLY, () => void countExactly().catch((error: unknown) => showError('Could not count the claims exactly.', error)));
  afterFiltersSettle(bench, () => void load().catch(reportFailure));

  /** The store moved on: tiles, counts, list and histogram again (never the whole set). */
  async function refresh(): Promise<void> {
    claims.refresh();
    timeFilter.refresh();
    void bench.events.refresh().catch((error: unknown) => showError('Could not load the events.', error));
    await load();
  }

  return {
    show: async () => {
      await load();
      followChanges(() => {
        refresh().catch(reportFailure);
      });
    },
    refresh: () => refresh().catch((error: unknown) => showError('Could not reload the claims.', error)),
  };
}
