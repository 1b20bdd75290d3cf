import { api } from '../api/api';
import { type PrimedClaims, primedClaims } from '../api/primed';
import { primeFirstPage, storeSort } from '../panels/claimPages';
import { primeMonths } from '../panels/histogramData';
import { filterQuery } from '../state/filters';
import { withPlaybackDates } from '../state/playback';
import type { AppState } from '../state/urlState';
import type { AreaProperties, GeoJsonFeatureCollection, LayerInfo, RegionSummary, Session, StyleDefinition } from '../types';

export type AreaData = GeoJsonFeatureCollection<AreaProperties>;

/**
 * What a first render waits for, asked for by the entry script as soon as it runs, while the
 * workbench's code (OpenLayers and the panels: the larger chunk) loads and compiles: the session
 * and the map definition (index.html preloads them), then each area layer's data once the layer
 * list answers, and, once the user is signed in, the counts and the claim list's first page under
 * the filters from the URL, and the month bins of every claim (the date histogram's axis). A
 * shared map answers 401 until the user signs in: then only the definition is asked, and the
 * sign-in form shows. A failure is reported where the answer is used.
 */
export interface EarlyAnswers {
  session: Promise<Session>;
  style: Promise<StyleDefinition>;
  layerInfos: Promise<LayerInfo[]>;
  regions: Promise<RegionSummary[]>;
  /** Each area layer's GeoJSON by layer id. */
  layerData: Promise<Map<string, Promise<AreaData>>>;
  primed: PrimedClaims;
}

function quiet<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

export function askEarly(initial: AppState): EarlyAnswers {
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
    primed.facets.ask(filterQuery(filters), (query) => api.facets(query));
    primeFirstPage(primed.firstPage, filters, initial.list.query.trim(), storeSort(initial.list));
    primeMonths(primed.months);
  });
  const layerData = quiet(
    signedIn.then(async (yes) => {
      const infos = yes ? await layerInfos : [];
      return new Map(infos.map((info) => [info.id, quiet(api.layer(info.id))] as const));
    }),
  );
  return { session, style: quiet(api.style()), layerInfos, regions: quiet(api.regions()), layerData, primed };
}
