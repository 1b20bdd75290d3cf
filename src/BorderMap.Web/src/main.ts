import 'ol/ol.css';
import './styles.css';
import { containsCoordinate, getCenter } from 'ol/extent';
import type OlMap from 'ol/Map';
import { api } from './api/api';
import { areaClientPixel } from './map/areaPixel';
import { clientLabels } from './map/labelPixels';
import { exposeAutomation } from './state/automation';
import { categoryLookup, orderedCategories } from './shared/categories';
import { classesFor, colorFor, countByArea, renderChoroplethControl, renderChoroplethLegend } from './map/choropleth';
import { createClaimEditor } from './editor/claimEditor';
import type { DraftValues } from './editor/claimDraft';
import { createClaimList } from './panels/claimList';
import { warnIfCapped, wireClaimQuery } from './state/claimQuery';
import { ClaimsLayer } from './map/claimsLayer';
import { createDetails } from './panels/details';
import { type FullClaim, FullClaims } from './api/fullClaims';
import { byId } from './shared/dom';
import { showError } from './panels/errorBanner';
import { createExportDialog } from './panels/exportDialog';
import { describeFilters, type Filters, isUnfiltered, NO_FILTERS, normalizeFilters, STATUSES } from './state/filters';
import { renderFilterPanel } from './panels/filterPanel';
import { wireInteraction } from './map/interaction';
import { renderLayerSwitcher } from './panels/layerSwitcher';
import { type AreaLayers, areaById, createAreaLayers, readFeatures, redrawAreas, updateAreaContext } from './map/layers';
import { renderLegend } from './panels/legend';
import { createMap, fitLonLat, viewExtentLonLat } from './map/map';
import { createMapLabels, type MapLabels } from './map/mapLabels';
import { wireMapKeyboard } from './map/mapKeyboard';
import { createTownLayer, loadTowns } from './map/towns';
import { currentState, type ScreenParts, wirePermalink } from './state/permalink';
import { createPlaceMarker } from './map/placeMarker';
import { createPlaceTool, type PlaceTool } from './map/placeTool';
import { createSearchBox } from './panels/searchBox';
import { createSourceDialog } from './editor/sourceDialog';
import { SelectionStore } from './state/selection';
import { ensureSession, renderSessionBadge } from './panels/session';
import { Store } from './state/store';
import { areaProps, englishName, lineWidths } from './map/style';
import { setSymbolRadius } from './map/symbols';
import { renderTimeFilter, type TimeFilter } from './panels/timeFilter';
import type { ClaimMarker, LayerInfo, RegionSummary, SearchResult, StyleDefinition } from './types';
import { type AppState, decodeState, DEFAULT_LIST, DEFAULT_STATE, type ListState } from './state/urlState';
import { PendingWork } from './api/work';

/** Wires the workbench together; each part lives in its own module. */

const initial = decodeState(location.hash);
const map = createMap(byId('map'), initial.view);
const work = new PendingWork();
const filters = new Store<Filters>(NO_FILTERS);
const selection = new SelectionStore();
const choropleth = new Store<boolean>(false);
const list = new Store<ListState>(DEFAULT_LIST);
const fullClaims = new FullClaims();
const app: { claims: ClaimsLayer | null; areas: AreaLayers | null; parts: ScreenParts | null; labels: MapLabels | null } = { claims: null, areas: null, parts: null, labels: null };

function nameLookup(areas: AreaLayers, layerId: string, key: 'id' | 'country'): (id: string) => string | null {
  return (id) => {
    const source = areas.sources.get(layerId);
    const feature = source?.getFeatureById(id) ?? source?.getFeatures().find((f) => areaProps(f)[key] === id);
    return feature ? englishName(areaProps(feature)) : null;
  };
}

function rendered(target: OlMap): Promise<void> {
  return new Promise((resolve) => {
    target.once('rendercomplete', () => resolve());
    target.render();
  });
}

async function animationsDone(target: OlMap): Promise<void> {
  while (target.getView().getAnimating()) await new Promise((resolve) => setTimeout(resolve, 30));
}

function zoomToArea(areas: AreaLayers, id: string): void {
  const geometry = areaById(areas, id)?.getGeometry();
  if (geometry) map.getView().fit(geometry.getExtent(), { padding: [40, 40, 40, 40], duration: 250, maxZoom: 11 });
}

async function boot(): Promise<void> {
  let style: StyleDefinition, layerInfos: LayerInfo[], regions: RegionSummary[], canEdit: boolean;
  try {
    const session = await ensureSession(document.body);
    renderSessionBadge(byId('session'), session);
    canEdit = session.role === 'editor';
    [style, layerInfos, regions] = await Promise.all([api.style(), api.layers(), api.regions()]);
  } catch (error) {
    showError('Could not load the map definition.', error);
    throw error;
  }

  const category = categoryLookup(style);
  const lines = lineWidths(style);
  setSymbolRadius(lines.symbolRadius);
  const claims = new ClaimsLayer(category);
  // A hovered or selected claim's full geometry (a region, a line) is fetched when first needed.
  claims.setGeometryLoader((id) => work.track(fullClaims.load(id, claims.get(id)?.version).then((claim) => claim.geometry)));
  const areas = createAreaLayers(map, style.areas, lines, layerInfos);
  const towns = createTownLayer();
  map.addLayer(towns);
  const labels = createMapLabels({ map, areas, towns, claims }, style.areas);
  map.addLayer(labels.layer);
  app.claims = claims;
  app.areas = areas;
  app.labels = labels;
  if (style.areas.background) map.getTargetElement()?.style.setProperty('--map-bg', style.areas.background);
  map.addLayer(claims.geometries);
  map.addLayer(claims.symbols);
  claims.attach(map);
  const marker = createPlaceMarker(map);

  // The state from the URL, cleaned against what this server knows.
  const domain = {
    categories: style.categories.map((c) => c.id),
    statuses: STATUSES,
    precisions: Object.keys(style.geoPrecision).map(Number).filter(Number.isInteger).sort((a, b) => a - b),
  };
  const normalize = (f: Filters) => normalizeFilters(f, domain);
  filters.set(normalize(initial.filters));
  choropleth.set(initial.choropleth);
  list.set(initial.list);
  const switchable = new Map([...areas.byId, ['claims', [claims.symbols]]]);
  for (const id of initial.hiddenLayers) switchable.get(id)?.forEach((layer) => layer.setVisible(false));

  const choroplethControl = renderChoroplethControl(choropleth);
  const setLayerCount = renderLayerSwitcher(
    byId('layer-switcher'),
    [
      ...layerInfos.map((info) => ({ id: info.id, title: info.title, count: info.featureCount, layers: areas.byId.get(info.id) ?? [] })),
      { id: 'towns', title: 'Towns', count: null, layers: [towns] },
      { id: 'claims', title: 'Claims', count: null, layers: [claims.symbols] },
    ],
    choroplethControl.element,
  );
  const legend = renderLegend(byId('legend'), {
    categories: orderedCategories(style, [], category),
    areas: style.areas,
    filters,
  });

  const regionIds = new Set(regions.map((r) => r.id));
  const areaName = (id: string) => nameLookup(areas, 'provinces', 'id')(id) ?? nameLookup(areas, 'countries', 'id')(id);
  const details = createDetails({
    root: byId('details'),
    style,
    category,
    claims,
    fullClaims,
    selection,
    filters,
    work,
    areaName,
    countryName: nameLookup(areas, 'countries', 'country'),
    area: (id) => areaById(areas, id),
    isRegion: (id) => regionIds.has(id),
    zoomToArea: (id) => zoomToArea(areas, id),
    canEdit,
    onEdit: (claim) => openEditor(claim),
    onPropose: (values) => openEditor(null, values),
    onDeleted: (id) => {
      claims.remove(id);
      selection.set(null);
      void refreshClaims();
    },
  });
  // The editor's placing tool takes the map's clicks while it is active (wired after the
  // selection's click handler, which checks first and steps aside).
  let placeTool: PlaceTool | null = null;
  wireInteraction(map, claims, areas, selection, () => placeTool?.mode.get() != null);
  wireMapKeyboard(map, claims, selection, category);
  placeTool = createPlaceTool(map, areas, (id) => regionIds.has(id));
  const sourceDialog = createSourceDialog(work);

  // The claim editor replaces the right panel until it is saved or cancelled.
  let closeEditor: (() => void) | null = null;
  function openEditor(claim: FullClaim | null, draft: DraftValues | null = null): void {
    closeEditor?.();
    const editor = createClaimEditor({
      style,
      category,
      work,
      placeTool: placeTool as PlaceTool,
      regions,
      areaName,
      sourceDialog,
      claim,
      draft,
      onSaved: (saved) => {
        fullClaims.put(saved);
        closeEditor?.();
        void refreshClaims().then(() => selection.set({ kind: 'claim', id: saved.props.id }));
      },
      onClose: () => closeEditor?.(),
    });
    const release = details.hold(editor.element);
    addClaimButton.disabled = true;
    closeEditor = () => {
      closeEditor = null;
      editor.dispose();
      release();
      addClaimButton.disabled = false;
    };
  }
  const addClaimButton = byId<HTMLButtonElement>('add-claim-button');
  addClaimButton.addEventListener('click', () => openEditor(null));
  const claimList = createClaimList({
    root: byId('claim-list'),
    category,
    list,
    filters,
    claims,
    selection,
    work,
    regions,
    reveal: (id) => {
      const extent = claims.extentOf(id);
      const size = map.getSize();
      if (!extent || !size) return;
      const anchor = claims.anchorOf(id) ?? getCenter(extent);
      if (!containsCoordinate(map.getView().calculateExtent(size), anchor)) map.getView().animate({ center: anchor, duration: 250 });
    },
  });

  createSearchBox({
    root: byId('search'),
    work,
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

  const exportDialog = createExportDialog({
    work,
    defaultTitle: (regionScope) => {
      const current = selection.get();
      return regionScope && current?.kind === 'area' ? `${areaName(current.id) ?? current.id}: claims` : 'Tajikistan – Afghanistan border';
    },
    context: () => {
      const current = selection.get();
      const size = map.getSize() ?? [4, 3];
      const region = current?.kind === 'area' && regionIds.has(current.id) ? current.id : null;
      const claimId = current?.kind === 'claim' ? current.id : null;
      const hiddenIds = [...switchable].filter(([, layers]) => !layers.every((l) => l.getVisible())).map(([id]) => id);
      return {
        bbox: viewExtentLonLat(map),
        region,
        regionName: region ? areaName(region) : null,
        filters: filters.get(),
        selectedClaim: claimId,
        claimTitle: claimId ? (claims.get(claimId)?.title ?? claimId) : null,
        filterSummary: describeFilters(filters.get(), (id) => category(id).label),
        hiddenLayers: hiddenIds.map((id) => layerInfos.find((i) => i.id === id)?.title ?? 'Claims'),
        hiddenLayerIds: hiddenIds,
        viewAspect: (size[0] ?? 4) / Math.max(1, size[1] ?? 3),
      };
    },
  });
  const exportButton = byId<HTMLButtonElement>('export-button');
  exportButton.addEventListener('click', () => exportDialog.open());

  // Everything the filters drive, redrawn after each answer from /api/claims.
  let universeCount = 0;
  let timeFilter: TimeFilter | null = null;
  let stopFilterPanel: (() => void) | null = null;
  const provinceIds = () => (areas.sources.get('provinces')?.getFeatures() ?? []).map((f) => areaProps(f).id);
  const shade = () => {
    if (!choropleth.get()) {
      areas.context.shade = null;
    } else {
      const counts = countByArea(claims.filtered());
      const ids = provinceIds();
      const classes = classesFor(Math.max(0, ...ids.map((id) => counts.get(id) ?? 0)));
      areas.context.shade = (id) => colorFor(classes, counts.get(id) ?? 0);
      renderChoroplethLegend(choroplethControl.legend, classes, ids.filter((id) => (counts.get(id) ?? 0) > 0).length);
    }
    redrawAreas(areas);
  };
  choropleth.subscribe(shade);
  const onDrawn = () => {
    const filtered = claims.filtered();
    claimList.setClaims(filtered, universeCount);
    legend.setCounts(claims.countsByCategory());
    setLayerCount('claims', filtered.length);
    if (choropleth.get()) shade();
  };
  const query = wireClaimQuery({ filters, claims, work, onDrawn });

  // Every claim once, as lean markers: the time histogram and the actor list show the whole
  // collection. Loaded again after an edit, so they include what was added or changed.
  let universeIds: string[] = [];
  async function loadUniverse(): Promise<void> {
    const universe = await work.track(api.markers());
    warnIfCapped(universe);
    const ids = claims.add(universe);
    const known = new Set(ids);
    for (const claim of claims.all()) if (!known.has(claim.id)) claims.remove(claim.id);
    universeIds = ids;
    universeCount = ids.length;
    const all = ids.map((id) => claims.get(id)).filter((c): c is ClaimMarker => c !== null);
    timeFilter?.dispose();
    timeFilter = renderTimeFilter(byId('time-filter'), filters, work);
    const actors = new Map<string, number>();
    for (const claim of all) for (const actor of claim.actors ?? []) actors.set(actor, (actors.get(actor) ?? 0) + 1);
    stopFilterPanel?.();
    stopFilterPanel = renderFilterPanel(byId('filters-body'), {
      statuses: STATUSES,
      precisions: domain.precisions.map((n) => [n, style.geoPrecision[String(n)] ?? `level ${n}`]),
      actors: [...actors].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
      filters,
    });
  }

  /** The collection, and what the filters pass; unfiltered, the whole collection is the answer, with no second request. */
  async function showClaims(): Promise<void> {
    await loadUniverse();
    if (isUnfiltered(filters.get())) {
      claims.draw(universeIds);
      onDrawn();
    } else {
      await query.refresh();
    }
  }

  /** After an edit: the collection again, and what the filters pass. */
  async function refreshClaims(): Promise<void> {
    try {
      await showClaims();
    } catch (error) {
      showError('Could not reload the claims.', error);
    }
  }

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
        setLayerCount('towns', await loadTowns(towns));
      } catch (error) {
        showError('Could not load the towns.', error);
        throw error;
      }
    })(),
    (async () => {
      try {
        await showClaims();
      } catch (error) {
        showError('Could not load the claims.', error);
        throw error;
      }
    })(),
  ];
  const results = await Promise.allSettled(loads);
  updateAreaContext(areas);
  if (choropleth.get()) shade();

  app.parts = { map, layers: switchable, filters, selection, choropleth, list, normalize };
  selection.set(initial.selection);
  wirePermalink(app.parts);
  exportButton.disabled = false;
  addClaimButton.disabled = false;
  addClaimButton.hidden = !canEdit;

  await work.idle();
  await rendered(map);
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) throw failure.reason;
  document.body.dataset['ready'] = 'true';
}

const ready = boot();

async function settled(): Promise<void> {
  await ready.catch(() => undefined);
  do {
    await work.idle();
    await animationsDone(map);
    await rendered(map);
  } while (work.busy);
}

exposeAutomation({
  map,
  ready,
  settled,
  claimPixel: (id) => {
    // Render now, so the pixel (and hit detection for a click there) matches the latest state
    // even if a filter or the view changed since the last animation frame.
    map.renderSync();
    return app.claims?.clientPixel(map, id) ?? null;
  },
  regionPixel: (id) => (app.claims && app.areas ? areaClientPixel(map, app.areas, app.claims, id) : null),
  drawnClaimIds: () => (app.claims?.drawn().map((c) => c.id) ?? []).sort(),
  hoveredClaimId: () => app.claims?.hovered ?? null,
  placedLabels: () => (app.labels ? clientLabels(map, app.labels.placed()) : []),
  state: (): AppState => (app.parts ? currentState(app.parts) : DEFAULT_STATE),
});
