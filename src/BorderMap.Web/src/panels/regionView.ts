import { api, isAbort } from '../api/api';
import { areaProps, englishName } from '../map/style';
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
  const render = (profile: RegionProfile | null, error: string | null) => {
    const scroll = root.scrollTop;
    replaceChildren(
      root,
      renderRegionPanel({
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
      }),
    );
    root.scrollTop = keepScroll ? scroll : 0;
  };
  if (!keepScroll) render(null, null);
  const controller = new AbortController();
  void options.work.track(
    api.region(id, filterQuery(filters), controller.signal).then(
      (profile) => context.isCurrent(mine) && render(profile, null),
      (error: unknown) => {
        if (isAbort(error) || !context.isCurrent(mine)) return;
        render(null, errorText(error));
      },
    ),
  );
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
