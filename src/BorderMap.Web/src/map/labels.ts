import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import { getHeight, getIntersection, getWidth, isEmpty } from 'ol/extent';
import type Geometry from 'ol/geom/Geometry';
import MultiPolygon from 'ol/geom/MultiPolygon';
import Point from 'ol/geom/Point';
import Polygon from 'ol/geom/Polygon';
import { BoxGrid } from './boxGrid';

/**
 * Where an area's label goes (mapLabels.ts decides which labels show).
 *
 * A label sits at an approximate pole of inaccessibility: the sampled point farthest from the
 * area's boundary and from any drawn claim symbol (where spreading put it), so names stay clear
 * of the symbols that cluster at region anchors, and off the labels placed before it.
 * Provinces use their largest part (exclaves get no duplicate labels).
 */

/** A drawn claim symbol or cluster badge: its centre (map units) and its radius in CSS px. */
export interface SymbolObstacle {
  at: Coordinate;
  radius: number;
}

/** Points labels keep away from (where the drawn claim symbols are), and when they move. */
export interface LabelObstacles {
  /** The symbols drawn at a resolution (spreading depends on the zoom). */
  obstacles(resolution: number): SymbolObstacle[];
  onObstaclesChanged(listener: () => void): void;
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

const COARSE_GRID = 11;
const FINE_GRID = 7;
const VIEW_MARGIN = 0.06;
const LABEL_ASPECT = 3;

/** A polygon's rings as flat [x0, y0, x1, y1, ...] arrays (closed), for fast sampling. */
type Rings = number[][];

function ringsOf(geometry: Polygon | MultiPolygon): Rings {
  const flat = geometry.getFlatCoordinates();
  const stride = geometry.getStride();
  const ends = geometry instanceof Polygon ? geometry.getEnds() : geometry.getEndss().flat();
  const rings: Rings = [];
  let offset = 0;
  for (const end of ends) {
    const ring: number[] = [];
    for (let i = offset; i < end; i += stride) ring.push(flat[i] ?? 0, flat[i + 1] ?? 0);
    rings.push(ring);
    offset = end;
  }
  return rings;
}

/**
 * Distance from (x, y) to the nearest ring edge if the point is inside the polygon (even-odd
 * rule over all rings), or -1 if it is outside. One pass over the vertices.
 */
function insideDistance(rings: Rings, x: number, y: number): number {
  let inside = false;
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0; i + 3 < ring.length; i += 2) {
      const ax = ring[i];
      const ay = ring[i + 1];
      const bx = ring[i + 2];
      const by = ring[i + 3];
      if (ay > y !== by > y && x < ((bx - ax) * (y - ay)) / (by - ay) + ax) inside = !inside;
      const dx = bx - ax;
      const dy = by - ay;
      const lengthSq = dx * dx + dy * dy;
      const t = lengthSq > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / lengthSq)) : 0;
      const ex = ax + t * dx - x;
      const ey = ay + t * dy - y;
      const d = ex * ex + ey * ey;
      if (d < best) best = d;
    }
  }
  return inside ? Math.sqrt(best) : -1;
}

interface Sample {
  at: [number, number];
  distance: number;
}

/** Obstacles to keep clear of, and by how much (map units, vertical; LABEL_ASPECT times that sideways). */
export interface Clearance {
  /** The obstacle points (see `obstaclePoints`), or null for none. */
  points: BoxGrid | null;
  distance: number;
  /** Boxes of labels placed already, and this label's half size (map units): a sample whose box would overlap one loses to any that does not. */
  boxes?: Extent[];
  half?: readonly [number, number];
}

/** Indexes obstacle points for a Clearance of `distance` (map units), so each sample looks only at the points near it. */
export function obstaclePoints(symbols: readonly SymbolObstacle[], distance: number): BoxGrid | null {
  if (!symbols.length || !(distance > 0)) return null;
  return new BoxGrid(symbols.map(({ at: [x = 0, y = 0] }) => [x, y, x, y]), distance);
}

/** The sample's distance to the nearest obstacle within reach (anisotropic), capped at `distance`. */
function obstacleDistance(clear: Clearance, x: number, y: number, distance: number): number {
  let nearest = distance;
  const reach = clear.distance;
  clear.points?.forEach([x - reach * LABEL_ASPECT, y - reach, x + reach * LABEL_ASPECT, y + reach], ([ox = 0, oy = 0]) => {
    // Labels are much wider than tall: an anchor beside the point is closer than one above it.
    const d = Math.hypot((x - ox) / LABEL_ASPECT, y - oy);
    if (d < reach && d < nearest) nearest = d;
  });
  return nearest;
}

/** Area of overlap between the label box centred at (x, y) and the placed boxes. */
function boxOverlap(clear: Clearance, x: number, y: number): number {
  if (!clear.boxes?.length || !clear.half) return 0;
  const [hw, hh] = clear.half;
  let total = 0;
  for (const [minX = 0, minY = 0, maxX = 0, maxY = 0] of clear.boxes) {
    const w = Math.min(maxX, x + hw) - Math.max(minX, x - hw);
    const h = Math.min(maxY, y + hh) - Math.max(minY, y - hh);
    if (w > 0 && h > 0) total += w * h;
  }
  return total;
}

/**
 * The grid sample inside the polygon that is farthest from its boundary, among the samples
 * that keep clear of the obstacles; samples too close to an obstacle score their (anisotropic)
 * distance to it, so they only win where nothing is clear.
 */
function bestSample(rings: Rings, box: Extent, grid: number, clear: Clearance): Sample | null {
  if (isEmpty(box)) return null;
  let best: Sample | null = null;
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const x = box[0] + ((i + 0.5) / grid) * getWidth(box);
      const y = box[1] + ((j + 0.5) / grid) * getHeight(box);
      let distance = insideDistance(rings, x, y);
      if (distance < 0) continue;
      distance = obstacleDistance(clear, x, y, distance);
      const overlap = boxOverlap(clear, x, y);
      if (overlap > 0) distance = -overlap;
      if (!best || distance > best.distance) best = { at: [x, y], distance };
    }
  }
  return best;
}

/**
 * The label point for the part of `geometry` inside `extent` (shrunk by `margin` on each side):
 * a coarse grid pass, then a finer pass around the best coarse cell. For a view, pass the
 * polygon clipped to the view (see clip.ts): its clipped edges then keep labels off the edge.
 */
export function labelPole(
  geometry: Polygon | MultiPolygon,
  extent: Extent,
  margin = VIEW_MARGIN,
  obstacles: Clearance = { points: null, distance: 0 },
): Point | null {
  const w = getWidth(extent);
  const h = getHeight(extent);
  const inner: Extent = [extent[0] + w * margin, extent[1] + h * margin, extent[2] - w * margin, extent[3] - h * margin];
  const box = getIntersection(inner, geometry.getExtent());
  if (isEmpty(box)) return null;
  const rings = ringsOf(geometry);
  const coarse = bestSample(rings, box, COARSE_GRID, obstacles);
  if (!coarse) return null;
  const cw = getWidth(box) / COARSE_GRID;
  const ch = getHeight(box) / COARSE_GRID;
  const around: Extent = [coarse.at[0] - cw, coarse.at[1] - ch, coarse.at[0] + cw, coarse.at[1] + ch];
  const fine = bestSample(rings, getIntersection(around, box), FINE_GRID, obstacles);
  return new Point((fine && fine.distance > coarse.distance ? fine : coarse).at);
}

/** Halo and breathing room around a label's measured text, in px. */
const LABEL_PAD_PX = 4;
let measureContext: CanvasRenderingContext2D | null | undefined;

/** Size of a label in CSS px, measured with the canvas (falls back to an estimate). */
export function labelSize(text: string, font: string): [number, number] {
  if (measureContext === undefined) measureContext = document.createElement('canvas').getContext('2d');
  const size = Number(/(\d+(?:\.\d+)?)px/.exec(font)?.[1] ?? 12);
  let width = text.length * size * 0.6;
  if (measureContext) {
    measureContext.font = font;
    width = measureContext.measureText(text).width;
  }
  return [width + 2 * LABEL_PAD_PX, size * 1.25 + 2 * LABEL_PAD_PX];
}
