import type { Coordinate } from 'ol/coordinate';
import type { FeatureLike } from 'ol/Feature';
import VectorTileLayer from 'ol/layer/VectorTile';
import type RenderFeature from 'ol/render/Feature';
import VectorTileSource, { defaultLoadFunction } from 'ol/source/VectorTile';
import type { LoadFunction } from 'ol/Tile';
import type VectorTile from 'ol/VectorTile';
import type { StyleFunction } from 'ol/style/Style';
import { createXYZ } from 'ol/tilegrid';
import { apiUrl } from '../api/api';
import type { CategoryLookup } from '../shared/categories';
import type { ClaimSummary } from '../types';
import { CATEGORY_PREFIX, ClusterTileFormat } from './clusterTileFormat';
import { DECLUTTER_GROUP } from './layers';
import type { Offset } from './spread';
import { FONT_STACK } from './style';
import { admiraltyLabelStyle } from './admiraltyLabels';
import { clusterStyle } from './clusterBadge';
import { claimSymbolStyle } from './symbols';
import { claimTileTemplate, MAX_TILE_ZOOM, TILE_SIZE_PX, TILE_Z_DIRECTION } from './viewTiles';

/**
 * The claims as the store serves them: Mapbox Vector Tiles from
 * `/api/tiles/claims/{z}/{x}/{y}.mvt` under the filters (layer `claims`). Below zoom 10 (or in a
 * crowded tile) a tile holds one point per grid cell with its `count` and `category:<id>` counts,
 * merged as the tile is read into badge-sized groups (clusterTileFormat.ts), each drawn as a count
 * badge ringed by its category mix; otherwise one point per claim with its id
 * and the fields the map names and styles it by, drawn with its category's symbol. Nothing here
 * holds claims beyond the tiles OpenLayers keeps for the view.
 */

const CLUSTER_FONT = `700 11px ${FONT_STACK}`;

/** A cluster cell of a low-zoom tile. */
export interface TileCluster {
  count: number;
  /** Claims per category id. */
  categories: Array<[string, number]>;
  at: Coordinate;
}

/** The point of a tile feature (EPSG:3857; the tile format has projected it). */
export function pointOf(feature: FeatureLike): Coordinate {
  const flat = (feature as RenderFeature).getFlatCoordinates();
  return [flat[0] ?? 0, flat[1] ?? 0];
}

/** A single claim of a tile, or null for a cluster. */
export function tileClaim(feature: FeatureLike): ClaimSummary | null {
  const id = feature.get('id') as string | number | undefined;
  if (id === undefined) return null;
  const p = feature.getProperties();
  return {
    id: String(id),
    title: String(p['title'] ?? ''),
    category: String(p['category'] ?? ''),
    status: p['status'] as ClaimSummary['status'],
    geoPrecision: Number(p['geoPrecision']),
    eventDate: String(p['eventDate'] ?? ''),
    endDate: (p['endDate'] as string | undefined) ?? null,
    timePrecision: p['timePrecision'] as ClaimSummary['timePrecision'],
    place: String(p['place'] ?? ''),
    version: p['version'] === undefined ? undefined : Number(p['version']),
  };
}

/** Whether a claim's date is known only to a week, month or year (drawn uncertain: it shows over that whole period). */
export function isUncertainDate(timePrecision: unknown): boolean {
  return timePrecision === 'week' || timePrecision === 'month' || timePrecision === 'year';
}

/** A cluster cell of a tile, or null for a single claim. */
export function tileCluster(feature: FeatureLike): TileCluster | null {
  const count = feature.get('count') as number | undefined;
  if (count === undefined) return null;
  const categories: Array<[string, number]> = [];
  for (const [key, value] of Object.entries(feature.getProperties())) {
    if (key.startsWith(CATEGORY_PREFIX)) categories.push([key.slice(CATEGORY_PREFIX.length), Number(value)]);
  }
  categories.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { count: Number(count), categories, at: pointOf(feature) };
}

/** A cluster badge's style: its count on a ring split by its categories' colours. */
export function badgeStyle(cluster: TileCluster, category: CategoryLookup, state: 'normal' | 'hover'): ReturnType<typeof clusterStyle> {
  const segments = cluster.categories.map(([id, n]) => [category(id).color, n] as const);
  return clusterStyle(cluster.count, segments, state, CLUSTER_FONT);
}

/** The tile URL template for a filter query (the same parameters as `/api/claims`). */
export function tileUrl(query: URLSearchParams): string {
  return claimTileTemplate(apiUrl(''), query);
}

export interface ClaimTileStyle {
  category: CategoryLookup;
  /** A single claim's spread offset (px) on screen now. */
  offsetOf: (id: string) => Offset;
  /** Whether single claims show their Admiralty code under their symbol now. */
  showCodes: () => boolean;
}

function tileStyle({ category, offsetOf, showCodes }: ClaimTileStyle): StyleFunction {
  return (feature) => {
    const cluster = tileCluster(feature);
    if (cluster) return badgeStyle(cluster, category, 'normal');
    const id = feature.get('id') as string | number | undefined;
    if (id === undefined) return undefined;
    const offset = offsetOf(String(id));
    const symbol = claimSymbolStyle(category(String(feature.get('category'))), 'normal', offset, isUncertainDate(feature.get('timePrecision')));
    const code = showCodes() ? admiraltyLabelStyle(feature.get('reliability') as string | undefined, feature.get('credibility') as number | undefined, offset) : null;
    return code ? [...symbol, code] : symbol;
  };
}

/** A tile's answer if it was asked for before the layer existed (the first view's, app/early.ts), else null. */
export type PrimedTile = (url: string) => Promise<ArrayBuffer> | null;

/** Loads a tile from its primed answer if there is one, else from the server as OpenLayers does. */
function tileLoader(primed: PrimedTile): LoadFunction {
  return (tile, url) => {
    const vectorTile = tile as VectorTile<RenderFeature>;
    const answer = primed(url);
    if (!answer) return defaultLoadFunction(vectorTile, url);
    vectorTile.setLoader((extent, _resolution, projection) => {
      answer
        .then((data) => vectorTile.setFeatures(vectorTile.getFormat().readFeatures(data, { extent, featureProjection: projection })))
        .catch(() => vectorTile.onError());
    });
  };
}

/** The vector-tile layer of the claims (its URL follows the filters; see ClaimsLayer). */
export function createClaimTileLayer(style: ClaimTileStyle, zIndex: number, primed: PrimedTile): VectorTileLayer<VectorTileSource<RenderFeature>> {
  const source = new VectorTileSource<RenderFeature>({
    format: new ClusterTileFormat(),
    tileGrid: createXYZ({ maxZoom: MAX_TILE_ZOOM, tileSize: TILE_SIZE_PX }),
    url: tileUrl(new URLSearchParams()),
    zDirection: TILE_Z_DIRECTION,
    tileLoadFunction: tileLoader(primed),
  });
  const layer = new VectorTileLayer<VectorTileSource<RenderFeature>>({
    source,
    zIndex,
    declutter: DECLUTTER_GROUP,
    // The tiles hold points only. 'hybrid' would also give every tile a canvas of its own for
    // lines and polygons it never has, drawn (empty) into the map on each frame: on a panning
    // frame that was about half of Chromium's work (bench/RESULTS.md, "Scale", browser-1m).
    renderMode: 'vector',
    updateWhileAnimating: true,
    updateWhileInteracting: true,
    style: tileStyle(style),
  });
  layer.set('layerId', 'claims');
  return layer;
}
