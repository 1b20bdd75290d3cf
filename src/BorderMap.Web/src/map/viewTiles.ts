/**
 * The claim tiles and the lon/lat box a first view shows, worked out without OpenLayers, so that the
 * entry script can ask for its tiles and events while the workbench's code (OpenLayers among it)
 * still loads: the map's view (map/map.ts) and the claim layer's tile grid (map/claimTiles.ts) are
 * built from these constants,
 * and the arithmetic below is OpenLayers' own for them (Web Mercator, the view's resolution for a
 * zoom or for fitting an extent, the grid's zoom for a resolution, the tile range of an extent),
 * which test/viewTiles.test.ts checks against OpenLayers.
 */

/** Tajikistan + Afghanistan, lon/lat: the initial view. */
export const HOME_EXTENT_LONLAT = [60, 29, 75.5, 41.5] as const;
/** Room (px) kept around the home extent when the view is fitted to it. */
export const HOME_PADDING_PX = 16;
export const MIN_VIEW_ZOOM = 3;
export const MAX_VIEW_ZOOM = 14;
/** The deepest zoom the server builds tiles for (TileAddress.MaxZoom); closer views stretch those. */
export const MAX_TILE_ZOOM = 20;
export const TILE_SIZE_PX = 512;
/** Which tile zoom serves a view between two zooms: the one with the larger resolution. */
export const TILE_Z_DIRECTION = 1;

const RADIUS = 6_378_137;
const HALF_SIZE = Math.PI * RADIUS;
const MAX_SAFE_Y = RADIUS * Math.log(Math.tan(Math.PI / 2));
/** OpenLayers rounds tile coordinates to this many decimals before flooring them. */
const TILE_DECIMALS = 5;

export type Extent = [number, number, number, number];

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** EPSG:4326 → EPSG:3857, as OpenLayers' `fromLonLat`. */
export function webMercator([lon, lat]: readonly [number, number]): [number, number] {
  const y = RADIUS * Math.log(Math.tan((Math.PI * (lat + 90)) / 360));
  return [(HALF_SIZE * lon) / 180, Math.min(MAX_SAFE_Y, Math.max(-MAX_SAFE_Y, y))];
}

/** The view's resolutions at its zoom limits (OpenLayers' View with minZoom and maxZoom on EPSG:3857). */
function viewResolutionLimits(): { max: number; min: number } {
  const defaultMax = (2 * HALF_SIZE) / 256;
  const max = defaultMax / Math.pow(2, MIN_VIEW_ZOOM);
  const maxZoom = MIN_VIEW_ZOOM + Math.floor(Math.log(max / (defaultMax / Math.pow(2, MAX_VIEW_ZOOM))) / Math.log(2));
  return { max, min: max / Math.pow(2, maxZoom - MIN_VIEW_ZOOM) };
}

/** The view's resolution (m/px) at a zoom. */
export function resolutionForZoom(zoom: number): number {
  return viewResolutionLimits().max / Math.pow(2, zoom - MIN_VIEW_ZOOM);
}

/** The view fitted to the home extent in a map of `size` px: its centre and resolution. */
export function homeView([width, height]: readonly [number, number]): { center: [number, number]; resolution: number } {
  const [minLon, minLat, maxLon, maxLat] = HOME_EXTENT_LONLAT;
  const [minX, minY] = webMercator([minLon, minLat]);
  const [maxX, maxY] = webMercator([maxLon, maxLat]);
  const inner = [width - 2 * HOME_PADDING_PX, height - 2 * HOME_PADDING_PX] as const;
  const fitted = Math.max((maxX - minX) / inner[0], (maxY - minY) / inner[1]);
  const { max, min } = viewResolutionLimits();
  return { center: [(minX + maxX) / 2, (minY + maxY) / 2], resolution: Math.min(max, Math.max(min, fitted)) };
}

/** The extent a view of `size` px shows (EPSG:3857; no rotation). */
export function viewExtent([cx, cy]: readonly [number, number], resolution: number, [width, height]: readonly [number, number]): Extent {
  const [dx, dy] = [(resolution * width) / 2, (resolution * height) / 2];
  return [cx - dx, cy - dy, cx + dx, cy + dy];
}

function tileResolution(z: number): number {
  return (2 * HALF_SIZE) / TILE_SIZE_PX / Math.pow(2, z);
}

/** The tile zoom that serves a view resolution: the deepest whose resolution is not finer (OpenLayers' `getZForResolution` with direction 1). */
export function tileZoomFor(resolution: number): number {
  let z = 0;
  while (z < MAX_TILE_ZOOM && tileResolution(z + 1) >= resolution) z++;
  return z;
}

function rounded(n: number): number {
  const factor = Math.pow(10, TILE_DECIMALS);
  return Math.round(n * factor) / factor;
}

/** The tiles of zoom `z` an extent touches, row by row, each once. */
export function tilesOfExtent([minX, minY, maxX, maxY]: Extent, z: number): TileCoord[] {
  const resolution = tileResolution(z);
  // In OpenLayers' order of operations, from the grid's top-left corner.
  const column = (x: number) => (x + HALF_SIZE) / resolution / TILE_SIZE_PX;
  const row = (y: number) => (HALF_SIZE - y) / resolution / TILE_SIZE_PX;
  const count = Math.pow(2, z);
  const [x0, x1] = [Math.floor(rounded(column(minX))), Math.ceil(rounded(column(maxX))) - 1];
  const [y0, y1] = [Math.max(0, Math.floor(rounded(row(maxY)))), Math.min(count - 1, Math.ceil(rounded(row(minY))) - 1)];
  // Columns past the antimeridian are the world's own, wrapped round (the claim layer wraps the world); rows past the poles are none.
  const columns = new Set<number>();
  for (let x = x0; x <= x1 && columns.size < count; x++) columns.add(((x % count) + count) % count);
  const tiles: TileCoord[] = [];
  for (let y = y0; y <= y1; y++) for (const x of columns) tiles.push({ z, x, y });
  return tiles;
}

/** The box (minLon, minLat, maxLon, maxLat) an extent (EPSG:3857) covers, within the world Web Mercator draws: OpenLayers' inverse `toEPSG4326` of its corners. */
export function lonLatBox([minX, minY, maxX, maxY]: Extent): Extent {
  const lon = (x: number) => (180 * x) / HALF_SIZE;
  const lat = (y: number) => (360 * Math.atan(Math.exp(y / RADIUS))) / Math.PI - 90;
  return [Math.max(-180, lon(minX)), Math.max(-85, lat(minY)), Math.min(180, lon(maxX)), Math.min(85, lat(maxY))];
}

type FirstView = { center: [number, number]; zoom: number } | null;

/** The first view's centre and resolution: at `view` (from a permalink) or fitted to the home extent, in a map of `size` px. */
function firstView(view: FirstView, size: readonly [number, number]): { center: [number, number]; resolution: number } {
  return view ? { center: webMercator(view.center), resolution: resolutionForZoom(view.zoom) } : homeView(size);
}

/** The claim tiles a first view shows: at `view` (from a permalink) or fitted to the home extent, in a map of `size` px. */
export function firstViewTiles(view: FirstView, size: readonly [number, number]): TileCoord[] {
  const { center, resolution } = firstView(view, size);
  return tilesOfExtent(viewExtent(center, resolution, size), tileZoomFor(resolution));
}

/** The lon/lat box a first view shows, as the event markers ask for its events (map/map.ts `viewExtentLonLat`). */
export function firstViewBox(view: FirstView, size: readonly [number, number]): Extent {
  const { center, resolution } = firstView(view, size);
  return lonLatBox(viewExtent(center, resolution, size));
}

/** The claim tiles' URL template under a filter query (the same parameters as `/api/claims`); `apiRoot` ends with `api/`. */
export function claimTileTemplate(apiRoot: string, query: URLSearchParams): string {
  const text = query.toString();
  // Not through URL(), which would escape the template's braces.
  return `${apiRoot}tiles/claims/{z}/{x}/{y}.mvt${text ? `?${text}` : ''}`;
}

export function claimTileUrl(template: string, { z, x, y }: TileCoord): string {
  return template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y));
}
