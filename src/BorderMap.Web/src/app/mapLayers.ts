import { fromLonLat } from 'ol/proj';
import type { PrimedClaims } from '../api/primed';
import { categoryLookup } from '../shared/categories';
import { ClaimsLayer } from '../map/claimsLayer';
import { createEventMarkers } from '../map/eventMarkers';
import { createAreaLayers } from '../map/layers';
import { createMapLabels } from '../map/mapLabels';
import { createTownLayer } from '../map/towns';
import { lineWidths } from '../map/style';
import { setSymbolRadius } from '../map/symbols';
import { areaNames, type Definition, type Stores, type Workbench } from './workbench';

/** Puts the area layers (countries, provinces, rivers), the towns, the labels, the claim layers (taking the tiles asked for early) and the event markers (taking their first page asked for early) on the map. */
export function createWorkbench(stores: Stores, definition: Definition, primed: Pick<PrimedClaims, 'tiles' | 'events'>): Workbench {
  const { map, work, fullClaims } = stores;
  const { style, layerInfos, regions } = definition;
  const category = categoryLookup(style);
  const lines = lineWidths(style);
  setSymbolRadius(lines.symbolRadius);
  const claims = new ClaimsLayer(category, (url) => primed.tiles.take(url));
  // A hovered or selected claim's full geometry (a region, a line) is fetched when first needed.
  claims.setLoader((id) =>
    work.track(
      fullClaims.load(id, claims.get(id)?.version).then((claim) => ({
        geometry: claim.geometry,
        summary: claim.props,
        anchor: claim.props.anchor ? fromLonLat(claim.props.anchor) : null,
      })),
    ),
  );
  const areas = createAreaLayers(map, style.areas, lines, layerInfos);
  const towns = createTownLayer();
  map.addLayer(towns);
  const labels = createMapLabels({ map, areas, towns, claims }, style.areas);
  map.addLayer(labels.layer);
  if (style.areas.background) map.getTargetElement()?.style.setProperty('--map-bg', style.areas.background);
  map.addLayer(claims.geometries);
  map.addLayer(claims.symbols);
  claims.attach(map);
  const events = createEventMarkers(map, work, stores.filters, primed.events, (id) => stores.selection.set({ kind: 'event', id }));
  return {
    ...stores,
    ...definition,
    category,
    claims,
    events,
    areas,
    towns,
    labels,
    switchable: new Map([...areas.byId, ['towns', [towns]], ['claims', [claims.symbols]], ['events', [events.toggle]]]),
    regionIds: new Set(regions.map((r) => r.id)),
    ...areaNames(areas),
  };
}
