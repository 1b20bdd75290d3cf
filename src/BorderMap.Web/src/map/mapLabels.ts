import type { Extent } from 'ol/extent';
import { getHeight, getWidth } from 'ol/extent';
import Feature from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import VectorSource from 'ol/source/Vector';
import { clipPolygons } from './clip';
import { boxAround, type LabelCandidate, type PlacedLabel, placeLabels } from './labelPlacement';
import type { BoxGrid } from './boxGrid';
import { labelPole, labelSize, largestPolygon, type LabelObstacles, obstaclePoints, type SymbolObstacle } from './labels';
import { labelStyle } from './labelStyle';
import type { AreaLayers } from './layers';
import { areaProps, countryLabelText, englishName, hasProvinceLabel, provinceLabelText } from './style';
import { showTowns, type TownLayer, townLabelCandidates, townLabelId } from './towns';
import type { AreaColours } from '../types';

/**
 * Every name on the map except the rivers': focus provinces, other provinces, countries and
 * towns, placed together (labelPlacement.ts) and drawn in one layer above the claim symbols.
 * Focus areas and focus countries are always labelled and win over claim symbols; the rest
 * keep off the symbols and give way to higher priorities, so no two labels
 * overlap. Placed first when the workbench has loaded (`begin()`), then again after the view
 * settles and whenever the claims, the areas, the towns or a layer's visibility change; the
 * result is what `placed()` reports to tests.
 */

export const LABEL_Z = 65;
/** Labels keep this far (CSS px, vertically) from claim anchors where the area allows. */
const CLEARANCE_PX = 30;
/** Trim of the view's edges that country labels stay inside. */
const VIEW_MARGIN = 0.06;

/** Priorities, highest first; context provinces rank by their area (m², well below 1e15). */
const PRIORITY = { focusArea: 5e16, focusCountry: 4e16, coreCountry: 2e15, neighbourCountry: -2 } as const;

export interface MapLabels {
  layer: VectorLayer<VectorSource<Feature<Point>>>;
  /** The labels drawn now (placed first if anything changed since). */
  placed(): PlacedLabel[];
  /** Starts placing: once the areas, towns and claims the first view shows are in, so the first render places them once. */
  begin(): void;
}

interface PlacementInputs {
  map: OlMap;
  areas: AreaLayers;
  towns: TownLayer;
  claims: LabelObstacles;
}

function visible(layers: BaseLayer[] | undefined): boolean {
  return !!layers?.length && layers.every((layer) => layer.getVisible());
}

function halfSize(text: string, font: string, resolution: number): readonly [number, number] {
  const [w, h] = labelSize(text, font);
  return [(w / 2) * resolution, (h / 2) * resolution];
}

function provinceCandidates({ areas }: PlacementInputs, resolution: number, symbols: BoxGrid | null): LabelCandidate[] {
  if (!visible(areas.byId.get('provinces'))) return [];
  const candidates: LabelCandidate[] = [];
  for (const feature of areas.sources.get('provinces')?.getFeatures() ?? []) {
    const polygon = largestPolygon(feature.getGeometry());
    if (!polygon || !hasProvinceLabel(feature, resolution)) continue;
    const p = areaProps(feature);
    const { text, font } = provinceLabelText(feature);
    const half = halfSize(text, font, resolution);
    candidates.push({
      id: p.id,
      text,
      kind: p.focus ? 'focus-area' : 'area',
      look: p.focus ? 'focus-area' : 'area',
      font,
      // Focus areas first, then larger areas (their labels have more room to move).
      priority: (p.focus ? PRIORITY.focusArea : 0) + polygon.getArea(),
      mustShow: p.focus,
      half,
      positions: (boxes) => {
        const pole = labelPole(polygon, polygon.getExtent(), 0, { points: symbols, distance: CLEARANCE_PX * resolution, boxes: [...boxes], half });
        return [(pole ?? polygon.getInteriorPoint()).getCoordinates().slice(0, 2)];
      },
    });
  }
  return candidates;
}

/** Countries are labelled in the part that is on screen, so neighbours whose centre lies far outside the view still carry their name. */
function countryCandidates({ map, areas }: PlacementInputs, resolution: number, symbols: BoxGrid | null): LabelCandidate[] {
  const size = map.getSize();
  if (!size || !visible(areas.byId.get('countries'))) return [];
  const extent = map.getView().calculateExtent(size);
  const w = getWidth(extent) * VIEW_MARGIN;
  const h = getHeight(extent) * VIEW_MARGIN;
  const inner: Extent = [extent[0] + w, extent[1] + h, extent[2] - w, extent[3] - h];
  const candidates: LabelCandidate[] = [];
  for (const feature of areas.sources.get('countries')?.getFeatures() ?? []) {
    const geometry: Geometry | undefined = feature.getGeometry();
    const polygons = geometry instanceof Polygon ? [geometry] : geometry instanceof MultiPolygon ? geometry.getPolygons() : [];
    // Sample only the visible part: clipping first keeps this cheap for huge neighbours (China).
    const part = clipPolygons(polygons, inner);
    if (!part) continue;
    const p = areaProps(feature);
    const focus = p.focus || areas.context.focusCountries.has(p.country);
    const core = areas.context.coreCountries.has(p.country) || focus;
    const { text, font } = countryLabelText(englishName(p), core);
    const half = halfSize(text, font, resolution);
    candidates.push({
      id: p.id,
      text,
      kind: focus ? 'focus-country' : 'country',
      look: core ? 'core-country' : 'neighbour-country',
      font,
      priority: focus ? PRIORITY.focusCountry : core ? PRIORITY.coreCountry : PRIORITY.neighbourCountry,
      mustShow: focus,
      half,
      positions: (boxes) => {
        const at = labelPole(part, part.getExtent(), 0, { points: symbols, distance: CLEARANCE_PX * resolution, boxes: [...boxes], half });
        return at ? [at.getCoordinates()] : [];
      },
    });
  }
  return candidates;
}

/** Claim symbols and badges, as boxes (with a little room) that labels other than the focus ones keep off. */
function obstacleBoxes(symbols: SymbolObstacle[], resolution: number): Extent[] {
  return symbols.map(({ at, radius }) => {
    const r = (radius + 2) * resolution;
    return boxAround(at, [r, r]);
  });
}

/** What a placement depends on at one resolution: the view, what is shown and the claim symbols drawn. */
interface PlacementState {
  resolution: number;
  symbols: SymbolObstacle[];
  /** Equal keys place the same labels. */
  key: string;
}

function sourceRevision(areas: AreaLayers, id: string): number {
  return areas.sources.get(id)?.getRevision() ?? -1;
}

function placementState({ map, areas, towns, claims }: PlacementInputs): PlacementState | null {
  const resolution = map.getView().getResolution();
  const size = map.getSize();
  if (!resolution || !size) return null;
  const symbols = claims.obstacles(resolution);
  const shown = [areas.byId.get('provinces'), areas.byId.get('countries'), [towns]].map((layers) => visible(layers));
  const revisions = [sourceRevision(areas, 'provinces'), sourceRevision(areas, 'countries'), towns.getSource()?.getRevision() ?? -1];
  const view = map.getView().calculateExtent(size);
  const key = JSON.stringify([view, resolution, shown, revisions, [...areas.context.focusCountries], [...areas.context.coreCountries], symbols.map((s) => [s.at[0], s.at[1], s.radius])]);
  return { resolution, symbols, key };
}

function place(inputs: PlacementInputs, { resolution, symbols }: PlacementState): PlacedLabel[] {
  const near = obstaclePoints(symbols, CLEARANCE_PX * resolution);
  const candidates = [
    ...provinceCandidates(inputs, resolution, near),
    ...countryCandidates(inputs, resolution, near),
    ...townLabelCandidates(inputs.towns, resolution),
  ];
  return placeLabels(candidates, obstacleBoxes(symbols, resolution));
}

export function createMapLabels(inputs: PlacementInputs, colours: AreaColours): MapLabels {
  const source = new VectorSource<Feature<Point>>();
  const layer = new VectorLayer({ source, zIndex: LABEL_Z, style: labelStyle(colours), updateWhileInteracting: false });
  let placed: PlacedLabel[] = [];
  let placedFor = '';
  let begun = false;
  let pending = false;
  const flush = () => {
    if (!pending) return;
    pending = false;
    // A change that leaves every input as it was (the first layout of the claims after the first
    // render, a redraw of the same tiles) places nothing again: a placement costs tens of ms.
    const state = placementState(inputs);
    if (state?.key === placedFor) return;
    placedFor = state?.key ?? '';
    placed = state ? place(inputs, state) : [];
    const towns = inputs.towns.getSource()?.getFeatures() ?? [];
    const placedIds = new Set(placed.map((label) => label.id));
    showTowns(inputs.towns, towns.map((town) => String(town.get('id'))).filter((id) => placedIds.has(townLabelId(id))));
    source.clear(true);
    source.addFeatures(placed.map((label) => new Feature<Point>({ geometry: new Point(label.at), label })));
  };
  // Changes come in bursts (a filter redraws the claims and the areas): place once after them.
  const schedule = () => {
    if (!begun || pending) return;
    pending = true;
    queueMicrotask(flush);
  };
  inputs.map.on('moveend', schedule);
  inputs.claims.onObstaclesChanged(schedule);
  const watched = [...(inputs.areas.byId.get('provinces') ?? []), ...(inputs.areas.byId.get('countries') ?? [])];
  for (const watchedLayer of watched) watchedLayer.on(['change', 'change:visible'], schedule);
  // Not the town layer's 'change': placing the labels redraws it (only named towns are drawn).
  inputs.towns.on('change:visible', schedule);
  for (const id of ['provinces', 'countries']) inputs.areas.sources.get(id)?.on('change', schedule);
  inputs.towns.getSource()?.on('change', schedule);
  return {
    layer,
    begin: () => {
      begun = true;
      schedule();
    },
    placed: () => {
      flush();
      return placed;
    },
  };
}
