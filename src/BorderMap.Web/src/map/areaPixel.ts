import { getIntersection, isEmpty } from 'ol/extent';
import type OlMap from 'ol/Map';
import type { ClaimsLayer } from './claimsLayer';
import { type AreaLayers, areaAt, areaById } from './layers';
import { areaProps } from './style';

/**
 * A client pixel where a click selects the area: inside it, on top (a province wins over its
 * country), clear of claim symbols, cluster badges, event markers and the map's controls. Samples a grid over the visible
 * part of the area, preferring points near its middle. Used by automation; null if none.
 */
export function areaClientPixel(map: OlMap, areas: AreaLayers, claims: ClaimsLayer, id: string): [number, number] | null {
  const feature = areaById(areas, id);
  const geometry = feature?.getGeometry();
  const size = map.getSize();
  const viewport = map.getViewport();
  if (!geometry || !size || !viewport) return null;
  map.renderSync();
  const box = getIntersection(geometry.getExtent(), map.getView().calculateExtent(size));
  if (isEmpty(box)) return null;
  const rect = viewport.getBoundingClientRect();
  const grid = 21;
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < grid; i++) {
    for (let j = 0; j < grid; j++) {
      const fx = (i + 0.5) / grid;
      const fy = (j + 0.5) / grid;
      candidates.push([fx, fy, Math.hypot(fx - 0.5, fy - 0.5)]);
    }
  }
  candidates.sort((a, b) => a[2] - b[2]);
  for (const [fx, fy] of candidates) {
    const coordinate = [box[0] + fx * (box[2] - box[0]), box[1] + fy * (box[3] - box[1])];
    const hit = areaAt(areas, coordinate);
    if (!hit || areaProps(hit).id !== id) continue;
    const pixel = map.getPixelFromCoordinate(coordinate);
    const [x = -1, y = -1] = pixel ?? [];
    if (x < 8 || y < 8 || x > (size[0] ?? 0) - 8 || y > (size[1] ?? 0) - 8) continue;
    // Keep a margin around claim symbols and cluster badges.
    const nearClaim = [[0, 0], [-12, 0], [12, 0], [0, -12], [0, 12]].some(([dx = 0, dy = 0]) => {
      const around = [x + dx, y + dy];
      return claims.claimAtPixel(map, around) !== null || claims.clusterAtPixel(map, around) !== null;
    });
    if (nearClaim) continue;
    const client: [number, number] = [rect.left + x, rect.top + y];
    const element = document.elementFromPoint(client[0], client[1]);
    // Map controls and event markers take their own clicks.
    if (!element || element.closest('.ol-control, .event-marker') || !viewport.contains(element)) continue;
    return client;
  }
  return null;
}
