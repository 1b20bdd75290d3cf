import { defaults as defaultControls } from 'ol/control/defaults';
import ScaleLine from 'ol/control/ScaleLine';
import { defaults as defaultInteractions } from 'ol/interaction/defaults';
import OlMap from 'ol/Map';
import { transformExtent } from 'ol/proj';
import { unByKey } from 'ol/Observable';
import View from 'ol/View';
import { PreciseDoubleClickZoom } from './doubleClickZoom';

/** Tajikistan + Afghanistan, lon/lat: the initial view. */
export const HOME_EXTENT_LONLAT = [60, 29, 75.5, 41.5] as const;
/** Panning stays roughly within Central/South Asia. */
const PAN_EXTENT_LONLAT = [40, 15, 100, 55] as const;

export function homeExtent(): number[] {
  return transformExtent([...HOME_EXTENT_LONLAT], 'EPSG:4326', 'EPSG:3857');
}

/** The map with no base tiles: areas are our own vector data over a plain background colour. */
export function createMap(target: HTMLElement): OlMap {
  const map = new OlMap({
    target,
    controls: defaultControls({ attribution: false, rotate: false }).extend([new ScaleLine({ units: 'metric' })]),
    interactions: defaultInteractions({ doubleClickZoom: false, altShiftDragRotate: false, pinchRotate: false }).extend([
      new PreciseDoubleClickZoom(),
    ]),
    view: new View({
      projection: 'EPSG:3857',
      extent: transformExtent([...PAN_EXTENT_LONLAT], 'EPSG:4326', 'EPSG:3857'),
      constrainOnlyCenter: true,
      enableRotation: false,
      minZoom: 3,
      maxZoom: 14,
    }),
  });
  // Fit once the map knows its real size (it may not have one yet if layout is pending).
  if (hasSize(map)) fitHome(map);
  else {
    const key = map.on('change:size', () => {
      if (!hasSize(map)) return;
      unByKey(key);
      fitHome(map);
    });
  }
  return map;
}

function hasSize(map: OlMap): boolean {
  const size = map.getSize();
  return !!size && (size[0] ?? 0) > 0 && (size[1] ?? 0) > 0;
}

export function fitHome(map: OlMap): void {
  map.getView().fit(homeExtent(), { padding: [16, 16, 16, 16] });
}
