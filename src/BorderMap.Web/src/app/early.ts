import { api, apiUrl } from '../api/api';
import { readBaseMap } from '../api/baseMap';
import { type PrimedClaims, primedClaims } from '../api/primed';
import { primeFirstPage, storeSort } from '../panels/claimPages';
import { eventApi } from '../api/events';
import { eventsQuery } from '../map/eventMarkerText';
import { claimTileTemplate, claimTileUrl, firstViewBox, firstViewTiles } from '../map/viewTiles';
import { primeHistogram } from '../panels/histogramData';
import { filterQuery } from '../state/filters';
import { withPlaybackDates } from '../state/playback';
import type { AppState } from '../state/urlState';
import type { PreparedBaseMap } from '../map/preparedGeoJson';
import type { LayerInfo, RegionSummary, Session, StyleDefinition } from '../types';

/**
 * What a first render waits for, asked for by the entry script as soon as it runs, while the
 * workbench's code (OpenLayers and the panels: the larger chunk) loads and compiles: the session
 * and the map definition (index.html preloads them), then, once the user is signed in, the area
 * layers and the towns in one answer (the base map: one request of a browser's six at a time to one
 * server, not four), the claim tiles of the first view (map/viewTiles.ts
 * works them out from the URL's view or the home view and the map's size) and the first page of its
 * events (the markers, unless the URL hides them), the counts and the claim list's first page under
 * the filters from the URL, the month bins of every claim (the date
 * histogram's axis) and, once they answer, its first bars. A shared map answers 401 until the user signs in: then only the
 * definition is asked, and the sign-in form shows. A failure is reported where the answer is used.
 */
export interface EarlyAnswers {
  session: Promise<Session>;
  style: Promise<StyleDefinition>;
  layerInfos: Promise<LayerInfo[]>;
  regions: Promise<RegionSummary[]>;
  /** `GET /api/basemap` (every area layer and the towns), read in a worker (api/baseMap.ts), or null if it was not asked (not signed in yet). */
  baseMap: Promise<PreparedBaseMap | null>;
  primed: PrimedClaims;
}

function quiet<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

/** The map element's size inside its border and padding (px), as OpenLayers measures it, or null before it has one. */
function mapSize(): [number, number] | null {
  const element = document.getElementById('map');
  if (!element) return null;
  const style = getComputedStyle(element);
  const sum = (...lengths: string[]) => lengths.reduce((total, length) => total + (parseFloat(length) || 0), 0);
  const width = element.offsetWidth - sum(style.borderLeftWidth, style.paddingLeft, style.paddingRight, style.borderRightWidth);
  const height = element.offsetHeight - sum(style.borderTopWidth, style.paddingTop, style.paddingBottom, style.borderBottomWidth);
  return width > 0 && height > 0 ? [width, height] : null;
}

export function askEarly(initial: AppState): EarlyAnswers {
  const size = mapSize();
  const session = quiet(api.session());
  const layerInfos = quiet(api.layers());
  const primed = primedClaims();
  const signedIn = session.then(
    () => true,
    () => false,
  );
  void signedIn.then((yes) => {
    if (!yes) return;
    const filters = withPlaybackDates(initial.filters, initial.playback);
    const template = claimTileTemplate(apiUrl(''), filterQuery(filters));
    if (size) for (const tile of firstViewTiles(initial.view, size)) primed.tiles.ask(claimTileUrl(template, tile));
    if (size && !initial.hiddenLayers.includes('events')) primed.events.ask(eventsQuery(firstViewBox(initial.view, size), null, filters), (query) => eventApi.page(query));
    primed.facets.ask(filterQuery(filters), (query) => api.facets(query));
    primeFirstPage(primed.firstPage, filters, initial.list.query.trim(), storeSort(initial.list));
    primeHistogram(primed);
  });
  const baseMap = quiet(readBaseMap(signedIn));
  return { session, style: quiet(api.style()), layerInfos, regions: quiet(api.regions()), baseMap, primed };
}
