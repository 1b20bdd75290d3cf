import type { Extent } from 'ol/extent';
import { getWidth } from 'ol/extent';
import type { ReadOptions } from 'ol/format/Feature';
import MVT from 'ol/format/MVT';
import RenderFeature from 'ol/render/Feature';
import { type CellCount, groupCells } from './badgeGroups';

/**
 * The claim tiles' format: Mapbox Vector Tiles (layer `claims`) whose cluster cells are merged
 * into badge-sized groups as each tile is read (badgeGroups.ts), so the map draws, hit-tests and
 * places labels around a few dozen badges per tile rather than up to 1,024. A group is a cluster
 * feature like the cells it replaces (`count`, `category:<id>`), so nothing downstream tells them
 * apart. Single claims pass unchanged.
 */

export const CATEGORY_PREFIX = 'category:';
/** The tiles' size in pixels (the tile grid's), and the least distance between the badges of one tile in those pixels: about a large badge's width. */
const TILE_PX = 512;
const BADGE_SPACING_PX = 64;

function cellOf(feature: RenderFeature): CellCount {
  const categories = new Map<string, number>();
  for (const [key, value] of Object.entries(feature.getProperties())) {
    if (key.startsWith(CATEGORY_PREFIX)) categories.set(key.slice(CATEGORY_PREFIX.length), Number(value));
  }
  const flat = feature.getFlatCoordinates();
  return { x: flat[0] ?? 0, y: flat[1] ?? 0, count: Number(feature.get('count')), categories };
}

function badgeFeature(group: CellCount): RenderFeature {
  const properties: Record<string, string | number> = { layer: 'claims', count: group.count };
  for (const [id, n] of group.categories) properties[CATEGORY_PREFIX + id] = n;
  return new RenderFeature('Point', [group.x, group.y], [2], 2, properties, undefined);
}

/** Merges a tile's cluster cells (features with a `count`) into badge-sized groups; other features stay as they are. */
export function groupClusterFeatures(features: RenderFeature[], tileExtent: Extent): RenderFeature[] {
  const singles: RenderFeature[] = [];
  const cells: CellCount[] = [];
  for (const feature of features) {
    if (feature.get('count') === undefined) singles.push(feature);
    else cells.push(cellOf(feature));
  }
  if (cells.length < 2) return features;
  const spacing = (getWidth(tileExtent) * BADGE_SPACING_PX) / TILE_PX;
  return [...singles, ...groupCells(cells, spacing).map(badgeFeature)];
}

export class ClusterTileFormat extends MVT {
  constructor() {
    super({ layers: ['claims'] });
  }

  override readFeatures(source: ArrayBuffer, options?: ReadOptions): RenderFeature[] {
    const features = super.readFeatures(source, options);
    return options?.extent ? groupClusterFeatures(features, options.extent) : features;
  }
}
