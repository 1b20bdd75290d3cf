import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import { intersects } from 'ol/extent';
import MultiPolygon from 'ol/geom/MultiPolygon';
import type Polygon from 'ol/geom/Polygon';

/**
 * Sutherland–Hodgman clipping of polygons to a rectangle. Clipping each ring on its own keeps
 * point-in-polygon tests right inside the rectangle (holes stay holes), which is all label
 * placement needs; the result's new edges run along the rectangle.
 */

type Inside = (p: Coordinate) => boolean;
type Cross = (a: Coordinate, b: Coordinate) => Coordinate;

function clipEdge(points: Coordinate[], inside: Inside, cross: Cross): Coordinate[] {
  const out: Coordinate[] = [];
  for (let i = 0; i < points.length; i++) {
    const current = points[i];
    const previous = points[(i + points.length - 1) % points.length];
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  }
  return out;
}

const atX = (x: number): Cross => ([ax = 0, ay = 0], [bx = 0, by = 0]) => [x, ay + ((by - ay) * (x - ax)) / (bx - ax)];
const atY = (y: number): Cross => ([ax = 0, ay = 0], [bx = 0, by = 0]) => [ax + ((bx - ax) * (y - ay)) / (by - ay), y];

export function clipRing(ring: Coordinate[], [minX, minY, maxX, maxY]: Extent): Coordinate[] {
  let points = ring.slice(0, -1); // drop the closing point
  points = clipEdge(points, (p) => (p[0] ?? 0) >= minX, atX(minX));
  points = clipEdge(points, (p) => (p[0] ?? 0) <= maxX, atX(maxX));
  points = clipEdge(points, (p) => (p[1] ?? 0) >= minY, atY(minY));
  points = clipEdge(points, (p) => (p[1] ?? 0) <= maxY, atY(maxY));
  if (points.length < 3) return [];
  return [...points, points[0]];
}

/** The part of the polygons inside `box`, or null when nothing is. */
export function clipPolygons(polygons: Polygon[], box: Extent): MultiPolygon | null {
  const result: Coordinate[][][] = [];
  for (const polygon of polygons) {
    if (!intersects(polygon.getExtent(), box)) continue;
    const [outer, ...holes] = polygon.getCoordinates();
    const clippedOuter = outer ? clipRing(outer, box) : [];
    if (clippedOuter.length === 0) continue;
    result.push([clippedOuter, ...holes.map((hole) => clipRing(hole, box)).filter((r) => r.length > 0)]);
  }
  return result.length ? new MultiPolygon(result) : null;
}
