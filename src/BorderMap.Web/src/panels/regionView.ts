import { api, isAbort } from '../api/api';
import { areaProps, englishName } from '../map/style';
import { COUNT_EXACTLY, exactQuery, markRanOut } from '../shared/countBound';
import { el, replaceChildren } from '../shared/dom';
import { filterQuery, isUnfiltered } from '../state/filters';
import type { RegionProfile } from '../types';
import { renderAreaPanel } from './areaPanel';
import { type DetailsContext, errorText } from './detailsContext';
import { renderRegionPanel } from './regionPanel';

/** The header a region shows before its profile (`/api/regions/{id}`) arrives. */
function regionHeader(context: DetailsContext, id: string) {
  const feature = context.options.area(id);
  const props = feature ? areaProps(feature) : null;
  return {
    id,
    kind: props?.kind ?? 'region',
    name: props ? englishName(props) : id,
    localName: props?.localName ?? null,
    focus: props?.focus ?? false,
  };
}

/**
 * A region with its borders and the claims in it under the current filters. `keepScroll` keeps
 * the reader's place when only the filters changed. Returns the request, to abort when the
 * panel moves on.
 */
export function showRegion(context: DetailsContext, id: string, keepScroll: boolean): AbortController {
  const { options } = context;
  const { root, selection } = options;
  const mine = context.next();
  const header = regionHeader(context, id);
  const filters = options.filters.get();
  const controller = new AbortController();
  const render = (profile: RegionProfile | null, error: string | null) => {
    const scroll = root.scrollTop;
    const panel = renderRegionPanel({
        header,
        profile,
        error,
        filtered: !isUnfiltered(filters),
        category: options.category,
        claim: (claimId) => options.claims.get(claimId),
        onSelectClaim: (claimId) => selection.set({ kind: 'claim', id: claimId }),
        onHoverClaim: (claimId) => options.claims.setHovered(claimId),
        onSelectRegion: (regionId) => selection.set({ kind: 'area', id: regionId }),
        onZoom: () => options.zoomToArea(id),
        areaName: options.areaName,
    });
    // A click on an "N+" count asks once for the region's exact counts; the panel's own, not the map's.
    panel.addEventListener(COUNT_EXACTLY, (event) => {
      event.stopPropagation();
      ask(exactQuery(filterQuery(filters)), true);
    });
    replaceChildren(root, panel);
    root.scrollTop = keepScroll ? scroll : 0;
  };
  const ask = (query: URLSearchParams, exact: boolean) =>
    void options.work.track(
      api.region(id, query, controller.signal).then(
        (profile) => {
          if (!context.isCurrent(mine)) return;
          render(profile, null);
          if (exact && profile.countsAtLeast) markRanOut(root);
        },
        (error: unknown) => {
          if (isAbort(error) || !context.isCurrent(mine)) return;
          render(null, errorText(error));
        },
      ),
    );
  if (!keepScroll) render(null, null);
  ask(filterQuery(filters), false);
  return controller;
}

/** An area that is not a region (a river): its names from the layer. */
export function showOtherArea(context: DetailsContext, id: string): void {
  const { options } = context;
  context.next();
  const feature = options.area(id);
  replaceChildren(
    options.root,
    feature
      ? renderAreaPanel({ area: areaProps(feature), countryName: options.countryName })
      : el('p', { className: 'warning', testId: 'details-unknown' }, `Unknown area: ${id}`),
  );
  options.root.scrollTop = 0;
}
