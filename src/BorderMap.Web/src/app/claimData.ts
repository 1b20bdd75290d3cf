import { api } from '../api/api';
import { renderFilterPanel } from '../panels/filterPanel';
import { showError } from '../panels/errorBanner';
import { renderTimeFilter } from '../panels/timeFilter';
import { byId } from '../shared/dom';
import { warnIfCapped, wireClaimQuery } from '../state/claimQuery';
import { isUnfiltered, STATUSES } from '../state/filters';
import type { ClaimMarker } from '../types';
import type { LeftPanel } from './leftPanel';
import { precisionLevels, type Workbench } from './workbench';

/**
 * The claims on screen: the whole collection as lean markers (for the time histogram and the
 * actor list), and what the filters pass (drawn on the map, listed, counted in the legend and
 * the layer switcher, shaded in the choropleth), redrawn after each answer from /api/claims.
 */

export interface ClaimData {
  /** Loads the collection and draws what the filters pass. */
  show(): Promise<void>;
  /** After an edit: the collection again, and what the filters pass; a failure shows in the banner. */
  refresh(): Promise<void>;
}

export interface ClaimViews {
  left: LeftPanel;
  setListClaims: (claims: ClaimMarker[], universeCount: number) => void;
}

/** The time filter and the actor list over the whole collection; returns how to remove them. */
function renderCollectionFilters(bench: Workbench, all: ClaimMarker[]): () => void {
  const timeFilter = renderTimeFilter(byId('time-filter'), bench.filters, bench.work);
  const actors = new Map<string, number>();
  for (const claim of all) for (const actor of claim.actors ?? []) actors.set(actor, (actors.get(actor) ?? 0) + 1);
  const stopFilterPanel = renderFilterPanel(byId('filters-body'), {
    statuses: STATUSES,
    precisions: precisionLevels(bench.style).map((n) => [n, bench.style.geoPrecision[String(n)] ?? `level ${n}`]),
    actors: [...actors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    filters: bench.filters,
  });
  return () => {
    timeFilter.dispose();
    stopFilterPanel();
  };
}

export function wireClaimData(bench: Workbench, views: ClaimViews): ClaimData {
  const { claims, work } = bench;
  let universeIds: string[] = [];
  let disposeCollectionFilters: (() => void) | null = null;
  const onDrawn = () => {
    const filtered = claims.filtered();
    views.setListClaims(filtered, universeIds.length);
    views.left.setCategoryCounts(claims.countsByCategory());
    views.left.setLayerCount('claims', filtered.length);
    if (bench.choropleth.get()) views.left.shade();
  };
  const query = wireClaimQuery({ filters: bench.filters, claims, work, onDrawn });

  // Every claim once, as lean markers. Loaded again after an edit, so the histogram and the actor list include what was added or changed.
  async function loadUniverse(): Promise<void> {
    const universe = await work.track(api.markers());
    warnIfCapped(universe);
    const ids = claims.add(universe);
    const known = new Set(ids);
    for (const claim of claims.all()) if (!known.has(claim.id)) claims.remove(claim.id);
    universeIds = ids;
    disposeCollectionFilters?.();
    disposeCollectionFilters = renderCollectionFilters(bench, ids.map((id) => claims.get(id)).filter((c): c is ClaimMarker => c !== null));
  }

  // Unfiltered, the whole collection is the answer, with no second request.
  async function show(): Promise<void> {
    await loadUniverse();
    if (isUnfiltered(bench.filters.get())) {
      claims.draw(universeIds);
      onDrawn();
    } else {
      await query.refresh();
    }
  }

  return {
    show,
    refresh: async () => {
      try {
        await show();
      } catch (error) {
        showError('Could not reload the claims.', error);
      }
    },
  };
}
