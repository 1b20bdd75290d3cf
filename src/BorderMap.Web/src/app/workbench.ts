import type OlMap from 'ol/Map';
import type BaseLayer from 'ol/layer/Base';
import type { FullClaims } from '../api/fullClaims';
import type { PendingWork } from '../api/work';
import type { CategoryLookup } from '../shared/categories';
import type { ClaimsLayer } from '../map/claimsLayer';
import type { EventMarkers } from '../map/eventMarkers';
import { type AreaLayers, areaById } from '../map/layers';
import type { MapLabels } from '../map/mapLabels';
import type { TownLayer } from '../map/towns';
import { areaProps, englishName } from '../map/style';
import type { Filters } from '../state/filters';
import type { Playback } from '../state/playback';
import type { SelectionStore } from '../state/selection';
import type { Store } from '../state/store';
import type { ListState } from '../state/urlState';
import type { LayerInfo, RegionSummary, StyleDefinition } from '../types';

/**
 * What the parts of the workbench share once the map definition has loaded: the stores that
 * hold the screen's state, the map with its area and claim layers, and lookups over them. Each
 * `wire…` module (app/) takes it and connects one part of the page.
 */

/** The screen's state, created before anything loads (the automation hooks need them from the start). */
export interface Stores {
  map: OlMap;
  work: PendingWork;
  filters: Store<Filters>;
  selection: SelectionStore;
  choropleth: Store<boolean>;
  /** Whether single claims show their Admiralty code under their symbol. */
  codes: Store<boolean>;
  list: Store<ListState>;
  /** Playback through time (it sets the filters' dates), or null. */
  playback: Store<Playback | null>;
  fullClaims: FullClaims;
}

/** What the server says the map is made of, and what the signed-in user may do. */
export interface Definition {
  style: StyleDefinition;
  layerInfos: LayerInfo[];
  regions: RegionSummary[];
  canEdit: boolean;
}

export interface Workbench extends Stores, Definition {
  category: CategoryLookup;
  claims: ClaimsLayer;
  events: EventMarkers;
  areas: AreaLayers;
  towns: TownLayer;
  /** Every area, country and town name, placed together above the claims. */
  labels: MapLabels;
  /** Switchable layer id → the OpenLayers layers behind it (the layer switcher and the permalink's `hide`). */
  switchable: Map<string, BaseLayer[]>;
  regionIds: Set<string>;
  /** A province's or country's English name by its id. */
  areaName: (id: string) => string | null;
  /** A country's English name by its country code. */
  countryName: (code: string) => string | null;
}

function nameLookup(areas: AreaLayers, layerId: string, key: 'id' | 'country'): (id: string) => string | null {
  return (id) => {
    const source = areas.sources.get(layerId);
    const feature = source?.getFeatureById(id) ?? source?.getFeatures().find((f) => areaProps(f)[key] === id);
    return feature ? englishName(areaProps(feature)) : null;
  };
}

export function areaNames(areas: AreaLayers): Pick<Workbench, 'areaName' | 'countryName'> {
  const province = nameLookup(areas, 'provinces', 'id');
  const country = nameLookup(areas, 'countries', 'id');
  return { areaName: (id) => province(id) ?? country(id), countryName: nameLookup(areas, 'countries', 'country') };
}

export function zoomToArea(bench: Workbench, id: string): void {
  const geometry = areaById(bench.areas, id)?.getGeometry();
  if (geometry) bench.map.getView().fit(geometry.getExtent(), { padding: [40, 40, 40, 40], duration: 250, maxZoom: 11 });
}

/** The geo-precision levels the style defines, in order. */
export function precisionLevels(style: StyleDefinition): number[] {
  return Object.keys(style.geoPrecision).map(Number).filter(Number.isInteger).sort((a, b) => a - b);
}
