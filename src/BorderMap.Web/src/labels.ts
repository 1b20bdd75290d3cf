import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import { buffer, containsCoordinate, getHeight, getIntersection, getWidth, isEmpty } from 'ol/extent';
import type { FeatureLike } from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import type OlMap from 'ol/Map';

/**
 * Where area labels go.
 *
 * A label sits at an approximate pole of inaccessibility: the sampled point farthest from the
 * area's boundary and from any claim anchor, so names stay clear of the claim symbols that
 * cluster at region anchors. Provinces use their largest part (exclaves get no duplicate
 * labels). Countries use the part that is on screen, so neighbours whose centre lies far
 * outside the view (China, Iran, ...) still carry their name at the edge of the map.
 */

/** Points labels keep away from (the anchors of visible claims), with a change counter. */
export interface LabelObstacles {
  readonly revision: number;
  anchors(): Coordinate[];
}

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

const GRID = 13;
const VIEW_MARGIN = 0.06;
const LABEL_ASPECT = 3;

interface Sample {
  at: [number, number];
  distance: number;
}

/** The grid sample inside the geometry that is farthest from its boundary, the box edge and the obstacles. */
function bestSample(geometry: Polygon | MultiPolygon, box: Extent, inner: Extent, obstacles: Coordinate[]): Sample | null {
  if (isEmpty(box)) return null;
  let best: Sample | null = null;
  for (let i = 0; i < GRID; i++) {
    for (let j = 0; j < GRID; j++) {
      const x = box[0] + ((i + 0.5) / GRID) * getWidth(box);
      const y = box[1] + ((j + 0.5) / GRID) * getHeight(box);
      if (!geometry.intersectsCoordinate([x, y])) continue;
      const [cx = x, cy = y] = geometry.getClosestPoint([x, y]);
      let distance = Math.min(Math.hypot(x - cx, y - cy), x - inner[0], inner[2] - x, y - inner[1], inner[3] - y);
      // Labels are much wider than tall: an anchor beside the point is closer than one above it.
      for (const [ox = 0, oy = 0] of obstacles) distance = Math.min(distance, Math.hypot((x - ox) / LABEL_ASPECT, y - oy));
      if (!best || distance > best.distance) best = { at: [x, y], distance };
    }
  }
  return best;
}

/**
 * The label point for the part of `geometry` inside `extent` (shrunk by `margin` on each side):
 * a coarse grid pass, then a finer pass around the best coarse cell.
 */
export function labelPole(
  geometry: Polygon | MultiPolygon,
  extent: Extent,
  margin = VIEW_MARGIN,
  obstacles: Coordinate[] = [],
): Point | null {
  const w = getWidth(extent);
  const h = getHeight(extent);
  const inner: Extent = [extent[0] + w * margin, extent[1] + h * margin, extent[2] - w * margin, extent[3] - h * margin];
  const box = getIntersection(inner, geometry.getExtent());
  if (isEmpty(box)) return null;
  const near = buffer(box, Math.max(getWidth(box), getHeight(box)) * 0.25);
  const relevant = obstacles.filter((c) => containsCoordinate(near, c));
  const coarse = bestSample(geometry, box, inner, relevant);
  if (!coarse) return null;
  const cw = getWidth(box) / GRID;
  const ch = getHeight(box) / GRID;
  const around: Extent = [coarse.at[0] - cw, coarse.at[1] - ch, coarse.at[0] + cw, coarse.at[1] + ch];
  const fine = bestSample(geometry, getIntersection(around, box), inner, relevant);
  return new Point((fine && fine.distance > coarse.distance ? fine : coarse).at);
}

/** Style geometry function for province labels: cached per feature until the claims change. */
export function areaLabelPoint(obstacles: LabelObstacles): (feature: FeatureLike) => Point | undefined {
  let revision = -1;
  let cache = new WeakMap<Geometry, Point | null>();
  return (feature) => {
    const geometry = feature.getGeometry() as Geometry | undefined;
    if (!geometry) return undefined;
    if (revision !== obstacles.revision) {
      revision = obstacles.revision;
      cache = new WeakMap();
    }
    let pole = cache.get(geometry);
    if (pole === undefined) {
      const polygon = largestPolygon(geometry);
      pole = polygon ? (labelPole(polygon, polygon.getExtent(), 0, obstacles.anchors()) ?? polygon.getInteriorPoint()) : null;
      cache.set(geometry, pole);
    }
    return pole ?? undefined;
  };
}

/**
 * Style geometry function for country labels, cached per view extent and claims revision (it
 * runs for every frame, so it recomputes only when the view or the claims actually changed).
 */
export function viewLabelPoint(map: OlMap, obstacles: LabelObstacles): (feature: FeatureLike) => Point | undefined {
  let cacheKey = '';
  let cache = new Map<FeatureLike, Point | null>();
  return (feature) => {
    const size = map.getSize();
    if (!size) return undefined;
    const extent = map.getView().calculateExtent(size);
    const key = `${obstacles.revision}:${extent.map((v) => Math.round(v)).join(',')}`;
    if (key !== cacheKey) {
      cacheKey = key;
      cache = new Map();
    }
    let point = cache.get(feature);
    if (point === undefined) {
      const geometry = feature.getGeometry();
      point =
        geometry instanceof Polygon || geometry instanceof MultiPolygon
          ? labelPole(geometry, extent, VIEW_MARGIN, obstacles.anchors())
          : null;
      cache.set(feature, point);
    }
    return point ?? undefined;
  };
}
