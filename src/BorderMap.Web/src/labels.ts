import type { Extent } from 'ol/extent';
import { getHeight, getIntersection, getWidth, isEmpty } from 'ol/extent';
import type { FeatureLike } from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import type OlMap from 'ol/Map';

/**
 * Where area labels go.
 *
 * Provinces are labelled at the interior point of their largest part (islands and exclaves get
 * no duplicate labels). Countries are labelled at the most "inland" point of the part of the
 * country that is actually on screen, so that neighbours whose centroid is far outside the view
 * (China, Iran, ...) still carry their name at the edge of the map.
 */

const largest = new WeakMap<Geometry, Polygon>();

/** The largest polygon of a (Multi)Polygon, or null for other geometry types. */
export function largestPolygon(geometry: Geometry | undefined): Polygon | null {
  if (!geometry) return null;
  if (geometry instanceof Polygon) return geometry;
  if (!(geometry instanceof MultiPolygon)) return null;
  let best = largest.get(geometry);
  if (!best) {
    let bestArea = -1;
    for (const polygon of geometry.getPolygons()) {
      const area = polygon.getArea();
      if (area > bestArea) {
        bestArea = area;
        best = polygon;
      }
    }
    if (best) largest.set(geometry, best);
  }
  return best ?? null;
}

const GRID = 9;
const MARGIN = 0.06;

function distanceToExtentEdge(x: number, y: number, extent: Extent): number {
  return Math.min(x - extent[0], extent[2] - x, y - extent[1], extent[3] - y);
}

interface Sample {
  at: [number, number];
  distance: number;
}

/** The grid sample inside the geometry farthest from its boundary and from the extent edge. */
function bestSample(geometry: Polygon | MultiPolygon, box: Extent, inner: Extent): Sample | null {
  if (isEmpty(box)) return null;
  let best: Sample | null = null;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const x = box[0] + ((i + 0.5) / GRID) * getWidth(box);
      const y = box[1] + ((j + 0.5) / GRID) * getHeight(box);
      if (!geometry.intersectsCoordinate([x, y])) continue;
      const [cx, cy] = geometry.getClosestPoint([x, y]);
      const distance = Math.min(Math.hypot(x - (cx ?? x), y - (cy ?? y)), distanceToExtentEdge(x, y, inner));
      if (!best || distance > best.distance) best = { at: [x, y], distance };
    }
  }
  return best;
}

/**
 * Samples a grid over the visible part of the geometry and keeps the sample farthest from both
 * the boundary and the view edge: a cheap pole of inaccessibility of the visible area.
 */
export function visiblePole(geometry: Polygon | MultiPolygon, viewExtent: Extent, margin = MARGIN): Point | null {
  const w = getWidth(viewExtent);
  const h = getHeight(viewExtent);
  const inner: Extent = [
    viewExtent[0] + w * margin,
    viewExtent[1] + h * margin,
    viewExtent[2] - w * margin,
    viewExtent[3] - h * margin,
  ];
  const box = getIntersection(inner, geometry.getExtent());
  if (isEmpty(box)) return null;
  // Coarse pass over the visible box, then a fine pass around the best coarse cell.
  const coarse = bestSample(geometry, box, inner);
  if (!coarse) return null;
  const cw = getWidth(box) / GRID;
  const ch = getHeight(box) / GRID;
  const around: Extent = [coarse.at[0] - cw, coarse.at[1] - ch, coarse.at[0] + cw, coarse.at[1] + ch];
  const fine = bestSample(geometry, getIntersection(around, box), inner);
  const best = fine && fine.distance > coarse.distance ? fine : coarse;
  return new Point(best.at);
}

const poles = new WeakMap<Geometry, Point | null>();

/**
 * A label point well inside the largest part of a (Multi)Polygon (cached per geometry), better
 * than the interior point for long thin shapes such as Badakhshan with the Wakhan corridor.
 */
export function polygonPole(geometry: Geometry | undefined): Point | null {
  if (!geometry) return null;
  let pole = poles.get(geometry);
  if (pole === undefined) {
    const polygon = largestPolygon(geometry);
    pole = polygon ? (visiblePole(polygon, polygon.getExtent(), 0) ?? polygon.getInteriorPoint()) : null;
    poles.set(geometry, pole);
  }
  return pole;
}

/**
 * A style geometry function for country labels, cached per view extent (it runs for every
 * frame, so it recomputes only when the view actually changed).
 */
export function viewLabelPoint(map: OlMap): (feature: FeatureLike) => Point | undefined {
  let cacheKey = '';
  let cache = new Map<FeatureLike, Point | null>();
  return (feature) => {
    const size = map.getSize();
    if (!size) return undefined;
    const extent = map.getView().calculateExtent(size);
    const key = extent.map((v) => Math.round(v)).join(',');
    if (key !== cacheKey) {
      cacheKey = key;
      cache = new Map();
    }
    let point = cache.get(feature);
    if (point === undefined) {
      const geometry = feature.getGeometry();
      point =
        geometry instanceof Polygon || geometry instanceof MultiPolygon ? visiblePole(geometry, extent) : null;
      cache.set(feature, point);
    }
    return point ?? undefined;
  };
}
