import { containsCoordinate } from 'ol/extent';
import { fitLonLat } from '../map/map';
import { createPlaceMarker } from '../map/placeMarker';
import { createClaimList, type ClaimList } from '../panels/claimList';
import { createSearchBox } from '../panels/searchBox';
import { byId } from '../shared/dom';
import type { Primed } from '../api/primed';
import type { ClaimMarker, ClaimPage, SearchResult } from '../types';
import type { Workbench } from './workbench';

/** The claim list under the map, in step with it: choosing a claim off screen brings it into view. */
export function wireClaimList(bench: Workbench, primed?: Primed<ClaimPage<ClaimMarker>>): ClaimList {
  const { map, claims } = bench;
  return createClaimList({
    root: byId('claim-list'),
    category: bench.category,
    list: bench.list,
    filters: bench.filters,
    claims,
    selection: bench.selection,
    work: bench.work,
    regions: bench.regions,
    primed,
    reveal: (id) => {
      const anchor = claims.anchorOf(id);
      const size = map.getSize();
      if (!anchor || !size) return;
      if (!containsCoordinate(map.getView().calculateExtent(size), anchor)) map.getView().animate({ center: anchor, duration: 250 });
    },
  });
}

/** The top bar's search: a region or claim found is selected, a place is pinned. */
export function wireSearch(bench: Workbench): void {
  const { map, selection } = bench;
  const marker = createPlaceMarker(map);
  createSearchBox({
    root: byId('search'),
    work: bench.work,
    onChoose: (result: SearchResult) => {
      fitLonLat(map, result.extent, result.kind === 'region' ? 10 : 9);
      if (result.kind === 'region') {
        marker.clear();
        selection.set({ kind: 'area', id: result.id });
      } else if (result.kind === 'claim') {
        marker.clear();
        selection.set({ kind: 'claim', id: result.id });
      } else {
        const [minLon, minLat, maxLon, maxLat] = result.extent;
        marker.show(result.name, [(minLon + maxLon) / 2, (minLat + maxLat) / 2]);
      }
    },
  });
}
