import 'ol/ol.css';
import './styles.css';
import type OlMap from 'ol/Map';
import { api } from './api';
import { exposeAutomation } from './automation';
import { categoryLookup, orderedCategories } from './categories';
import { ClaimsLayer } from './claimsLayer';
import { createDetails } from './details';
import { byId } from './dom';
import { showError } from './errorBanner';
import { wireInteraction } from './interaction';
import { renderLayerSwitcher } from './layerSwitcher';
import { type AreaLayers, createAreaLayers, readFeatures, updateAreaContext } from './layers';
import { renderLegend } from './legend';
import { createMap } from './map';
import { SelectionStore } from './selection';
import { areaProps, englishName } from './style';

/** Wires the workbench together; each part lives in its own module. */

function nameLookup(areas: AreaLayers, layerId: string, key: 'id' | 'country'): (id: string) => string | null {
  return (id) => {
    const source = areas.sources.get(layerId);
    const feature = source?.getFeatureById(id) ?? source?.getFeatures().find((f) => areaProps(f)[key] === id);
    return feature ? englishName(areaProps(feature)) : null;
  };
}

function firstRender(map: OlMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('rendercomplete', () => resolve());
    map.render();
  });
}

async function boot(map: OlMap, claims: { current: ClaimsLayer | null }): Promise<void> {
  let style, layerInfos;
  try {
    [style, layerInfos] = await Promise.all([api.style(), api.layers()]);
  } catch (error) {
    showError('Could not load the map definition.', error);
    throw error;
  }

  const category = categoryLookup(style);
  const claimsLayer = new ClaimsLayer(category);
  const areas = createAreaLayers(map, style.areas, layerInfos, claimsLayer);
  claimsLayer.onObstaclesChanged(() => areas.byId.forEach((layers) => layers.forEach((layer) => layer.changed())));
  if (style.areas.background) map.getTargetElement()?.style.setProperty('--map-bg', style.areas.background);
  claims.current = claimsLayer;
  map.addLayer(claimsLayer.geometries);
  map.addLayer(claimsLayer.symbols);

  const setLayerCount = renderLayerSwitcher(byId('layer-switcher'), [
    ...layerInfos.map((info) => ({ id: info.id, title: info.title, count: info.featureCount, layers: areas.byId.get(info.id) ?? [] })),
    { id: 'claims', title: 'Claims', count: null, layers: [claimsLayer.symbols] },
  ]);

  const selection = new SelectionStore();
  const details = createDetails({
    root: byId('details'),
    style,
    category,
    claims: claimsLayer,
    areaName: (id) => nameLookup(areas, 'provinces', 'id')(id) ?? nameLookup(areas, 'countries', 'id')(id),
    countryName: nameLookup(areas, 'countries', 'country'),
  });
  selection.subscribe(details);
  details(null);
  wireInteraction(map, claimsLayer, areas, selection);

  const loads = [
    ...layerInfos.map(async (info) => {
      try {
        areas.sources.get(info.id)?.addFeatures(readFeatures(await api.layer(info.id)));
      } catch (error) {
        showError(`Could not load the “${info.title}” layer.`, error);
        throw error;
      }
    }),
    (async () => {
      try {
        claimsLayer.load(await api.claims());
      } catch (error) {
        showError('Could not load the claims.', error);
        throw error;
      }
    })(),
  ];
  const results = await Promise.allSettled(loads);
  updateAreaContext(areas);

  const counts = claimsLayer.countsByCategory();
  renderLegend(byId('legend'), {
    categories: orderedCategories(style, counts.keys(), category),
    counts,
    areas: style.areas,
    onToggle: (id, visible) => claimsLayer.setCategoryVisible(id, visible),
  });
  setLayerCount('claims', claimsLayer.all().length);

  await firstRender(map);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  document.body.dataset['ready'] = 'true';
}

const map = createMap(byId('map'));
const claims: { current: ClaimsLayer | null } = { current: null };
exposeAutomation({
  map,
  ready: boot(map, claims),
  claimPixel: (id) => {
    // Render now, so the pixel (and hit detection for a click there) matches the latest state
    // even if a filter or the view changed since the last animation frame.
    map.renderSync();
    return claims.current?.clientPixel(map, id) ?? null;
  },
});
