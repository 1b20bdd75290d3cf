import { defaults as defaultControls } from 'ol/control/defaults';
import ScaleLine from 'ol/control/ScaleLine';
import { defaults as defaultInteractions } from 'ol/interaction/defaults';
import OlMap from 'ol/Map';
import { fromLonLat, transformExtent } from 'ol/proj';
import { unByKey } from 'ol/Observable';
import type { Size } from 'ol/size';
import View from 'ol/View';
import { PreciseDoubleClickZoom } from './doubleClickZoom';
import { type Extent, HOME_EXTENT_LONLAT, HOME_PADDING_PX, lonLatBox, MAX_VIEW_ZOOM, MIN_VIEW_ZOOM } from './viewTiles';

/** Panning stays roughly within Central/South Asia. */
const PAN_EXTENT_LONLAT = [40, 15, 100, 55] as const;

export function homeExtent(): number[] {
  return transformExtent([...HOME_EXTENT_LONLAT], 'EPSG:4326', 'EPSG:3857');
}

/**
 * The map with no base tiles: areas are our own vector data over a plain background colour.
 * It starts at `initialView` (from a permalink) or fitted to Tajikistan + Afghanistan.
 */
export function createMap(target: HTMLElement, initialView: { center: [number, number]; zoom: number } | null = null): OlMap {
  const map = new OlMap({
    target,
    controls: defaultControls({ attribution: false, rotate: false }).extend([new ScaleLine({ units: 'metric' })]),
    interactions: defaultInteractions({ doubleClickZoom: false, altShiftDragRotate: false, pinchRotate: false }).extend([
      new PreciseDoubleClickZoom(),
    ]),
    view: createView(),
  });
  if (initialView) {
    map.getView().setCenter(fromLonLat(initialView.center));
    map.getView().setZoom(initialView.zoom);
    return map;
  }
  // Fit once the map knows its real size (it may not have one yet if layout is pending).
  if (hasSize(map)) fitHome(map.getView());
  else {
    const key = map.on('change:size', () => {
      if (!hasSize(map)) return;
      unByKey(key);
      fitHome(map.getView());
    });
  }
  return map;
}

/** The map's view: Web Mercator, no rotation, panning within Central/South Asia (map/viewTiles.ts works out its first tiles). */
export function createView(): View {
  return new View({
    projection: 'EPSG:3857',
    extent: transformExtent([...PAN_EXTENT_LONLAT], 'EPSG:4326', 'EPSG:3857'),
    constrainOnlyCenter: true,
    enableRotation: false,
    minZoom: MIN_VIEW_ZOOM,
    maxZoom: MAX_VIEW_ZOOM,
  });
}

function hasSize(map: OlMap): boolean {
  const size = map.getSize();
  return !!size && (size[0] ?? 0) > 0 && (size[1] ?? 0) > 0;
}

/** Fits the view to the home extent, in its map (or in a map of `size` px). */
export function fitHome(view: View, size?: Size): void {
  const p = HOME_PADDING_PX;
  view.fit(homeExtent(), { padding: [p, p, p, p], ...(size ? { size } : {}) });
}

/** Fits the view to a lon/lat extent, not closer than `maxZoom` (points and tiny areas). */
export function fitLonLat(map: OlMap, extent: readonly number[], maxZoom = 10): void {
  const [minLon = 0, minLat = 0, maxLon = 0, maxLat = 0] = extent;
  const projected = transformExtent([minLon, minLat, maxLon, maxLat], 'EPSG:4326', 'EPSG:3857');
  map.getView().fit(projected, { padding: [48, 48, 48, 48], maxZoom, duration: 0 });
}

/** The view's extent in lon/lat, [minLon, minLat, maxLon, maxLat]. */
export function viewExtentLonLat(map: OlMap): number[] {
  return lonLatBox(map.getView().calculateExtent(map.getSize()) as Extent);
}
