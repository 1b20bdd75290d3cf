import Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import Draw from 'ol/interaction/Draw';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import { type AreaLayers, areaAt, areaById } from './layers';
import { Store } from '../state/store';
import { areaProps } from './style';

/**
 * Placing a claim on the map for the editor: a click for a point, a line or polygon drawn with
 * OpenLayers' Draw interaction (double-click or a click on the first point ends it), or a click
 * on a region (the claim then references it as `region:ID`). While a tool is active the map's
 * clicks belong to it, not to the selection. The draft placement is drawn in its own layer.
 */

/** A GeoJSON geometry in lon/lat (EPSG:4326), as the API takes it. */
export interface GeoJsonGeometry {
  type: string;
  coordinates: unknown;
}

export type Placement = { kind: 'geometry'; geometry: GeoJsonGeometry } | { kind: 'refs'; refs: string[] };

export type PlaceMode = 'point' | 'line' | 'polygon' | 'region';

export interface PlaceTool {
  /** The tool waiting for a placement now, if any. */
  readonly mode: Store<PlaceMode | null>;
  /** Waits for the user to place the claim this way; `onPlaced` receives the result. */
  start(mode: PlaceMode, onPlaced: (placement: Placement) => void): void;
  /** Ends any placing in progress. */
  stop(): void;
  /** Draws the draft placement (null: nothing). */
  show(placement: Placement | null): void;
  /** The areas (provinces, or countries where no province is known) the placement lies in or names. */
  areasOf(placement: Placement): string[];
}

const DRAFT_Z = 70;
const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
const DRAFT_COLOR = '#d35400';

function draftStyle(): Style[] {
  return [
    new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.9)', width: 6 }), zIndex: 0 }),
    new Style({
      fill: new Fill({ color: 'rgba(211, 84, 0, 0.16)' }),
      stroke: new Stroke({ color: DRAFT_COLOR, width: 2.5, lineDash: [8, 5] }),
      image: new CircleStyle({ radius: 7, fill: new Fill({ color: 'rgba(255,255,255,0.9)' }), stroke: new Stroke({ color: DRAFT_COLOR, width: 3 }) }),
      zIndex: 1,
    }),
  ];
}

/** Rounds lon/lat to 6 decimals (about 0.1 m): no false precision in the store. */
function roundCoordinates(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e6) / 1e6;
  return Array.isArray(value) ? value.map(roundCoordinates) : value;
}

/** An OpenLayers geometry (EPSG:3857) as a lon/lat GeoJSON geometry. */
export function toGeoJson(geometry: Geometry): GeoJsonGeometry {
  const object = geojson.writeGeometryObject(geometry) as unknown as GeoJsonGeometry;
  return { type: object.type, coordinates: roundCoordinates(object.coordinates) };
}

function vertices(coordinates: unknown, out: number[][] = []): number[][] {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') out.push(coordinates as number[]);
  else if (Array.isArray(coordinates)) for (const part of coordinates) vertices(part, out);
  return out;
}

/** The province under a coordinate whatever the layers' visibility, else the country. */
function areaUnder(areas: AreaLayers, coordinate: number[]): string | null {
  for (const id of ['provinces', 'countries']) {
    const hits = areas.sources.get(id)?.getFeaturesAtCoordinate(coordinate) ?? [];
    const polygonal = hits.find((f) => /Polygon/.test(f.getGeometry()?.getType() ?? ''));
    if (polygonal) return areaProps(polygonal).id;
  }
  return null;
}

/** The areas a placement names (region and border references) or whose ground it touches. */
function areasOfPlacement(areas: AreaLayers, placement: Placement): string[] {
  const found = new Set<string>();
  if (placement.kind === 'refs') {
    for (const ref of placement.refs) {
      const region = /^region:(.+)$/.exec(ref);
      const border = /^border:([^/]+)\/(.+)$/.exec(ref);
      if (region?.[1]) found.add(region[1]);
      if (border?.[1] && border[2]) {
        found.add(border[1]);
        found.add(border[2]);
      }
    }
  } else {
    const geometry = geojson.readGeometry(placement.geometry) as Geometry;
    const points = vertices(placement.geometry.coordinates).map((lonLat) => geojson.readGeometry({ type: 'Point', coordinates: lonLat }) as Point);
    // A polygon's interior counts too (a ring drawn around a province touches none of its own).
    if (geometry instanceof Polygon) points.push(new Point(geometry.getInteriorPoint().getCoordinates().slice(0, 2)));
    for (const point of points) {
      const id = areaUnder(areas, point.getCoordinates());
      if (id) found.add(id);
    }
  }
  return [...found];
}

/** Draws the draft placement: its geometry, or the regions it references. */
function showPlacement(source: VectorSource<Feature<Geometry>>, areas: AreaLayers, placement: Placement | null): void {
  source.clear();
  if (!placement) return;
  if (placement.kind === 'geometry') {
    const geometry = geojson.readGeometry(placement.geometry) as Geometry;
    source.addFeature(new Feature<Geometry>({ geometry }));
    return;
  }
  for (const ref of placement.refs) {
    const match = /^region:(.+)$/.exec(ref);
    const geometry = match?.[1] ? areaById(areas, match[1])?.getGeometry() : null;
    if (geometry) source.addFeature(new Feature<Geometry>({ geometry: geometry.clone() }));
  }
}

export function createPlaceTool(map: OlMap, areas: AreaLayers, isRegion: (id: string) => boolean): PlaceTool {
  const source = new VectorSource<Feature<Geometry>>();
  const layer = new VectorLayer({ source, zIndex: DRAFT_Z, style: draftStyle() });
  map.addLayer(layer);
  const mode = new Store<PlaceMode | null>(null);
  let draw: Draw | null = null;
  let placed: ((placement: Placement) => void) | null = null;
  const viewport = map.getViewport();

  function finish(placement: Placement): void {
    const callback = placed;
    stop();
    callback?.(placement);
  }

  function stop(): void {
    if (draw) {
      map.removeInteraction(draw);
      draw = null;
    }
    placed = null;
    mode.set(null);
    viewport?.classList.remove('placing');
  }

  map.on('click', (event: MapBrowserEvent) => {
    const current = mode.get();
    if (current === 'point') {
      finish({ kind: 'geometry', geometry: toGeoJson(new Point(event.coordinate)) });
    } else if (current === 'region') {
      const area = areaAt(areas, event.coordinate);
      const id = area ? areaProps(area).id : null;
      if (id && isRegion(id)) finish({ kind: 'refs', refs: [`region:${id}`] });
    }
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && mode.get()) {
      event.preventDefault();
      stop();
    }
  });

  return {
    mode,
    start(next, onPlaced) {
      stop();
      placed = onPlaced;
      mode.set(next);
      viewport?.classList.add('placing');
      if (next === 'line' || next === 'polygon') {
        draw = new Draw({ type: next === 'line' ? 'LineString' : 'Polygon', style: draftStyle() });
        draw.on('drawend', (event) => {
          const geometry = event.feature.getGeometry();
          // After this event: the interaction must not be removed while it dispatches.
          if (geometry) setTimeout(() => finish({ kind: 'geometry', geometry: toGeoJson(geometry) }));
        });
        map.addInteraction(draw);
      }
    },
    stop,
    show: (placement) => showPlacement(source, areas, placement),
    areasOf: (placement) => areasOfPlacement(areas, placement),
  };
}
