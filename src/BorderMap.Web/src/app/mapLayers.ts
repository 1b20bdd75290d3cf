import { categoryLookup } from '../shared/categories';
import { ClaimsLayer } from '../map/claimsLayer';
import { createAreaLayers, redrawAreas } from '../map/layers';
import { lineWidths } from '../map/style';
import { setSymbolRadius } from '../map/symbols';
import { areaNames, type Definition, type Stores, type Workbench } from './workbench';

/** Puts the area layers (countries, provinces, rivers) and the claim layers on the map. */
export function createWorkbench(stores: Stores, definition: Definition): Workbench {
  const { map, work, fullClaims } = stores;
  const { style, layerInfos, regions } = definition;
  const category = categoryLookup(style);
  const lines = lineWidths(style);
  setSymbolRadius(lines.symbolRadius);
  const claims = new ClaimsLayer(category);
  // A hovered or selected claim's full geometry (a region, a line) is fetched when first needed.
  claims.setGeometryLoader((id) => work.track(fullClaims.load(id, claims.get(id)?.version).then((claim) => claim.geometry)));
  const areas = createAreaLayers(map, style.areas, lines, layerInfos, claims);
  claims.onObstaclesChanged(() => redrawAreas(areas));
  if (style.areas.background) map.getTargetElement()?.style.setProperty('--map-bg', style.areas.background);
  map.addLayer(claims.geometries);
  map.addLayer(claims.symbols);
  claims.attach(map);
  return {
    ...stores,
    ...definition,
    category,
    claims,
    areas,
    switchable: new Map([...areas.byId, ['claims', [claims.symbols]]]),
    regionIds: new Set(regions.map((r) => r.id)),
    ...areaNames(areas),
  };
}
