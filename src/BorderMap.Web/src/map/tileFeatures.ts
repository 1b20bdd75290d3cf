import { containsCoordinate, type Extent } from 'ol/extent';
import type { FeatureLike } from 'ol/Feature';
import type RenderFeature from 'ol/render/Feature';
import type Tile from 'ol/Tile';
import type { TileSourceEvent } from 'ol/source/Tile';
import type VectorTileSource from 'ol/source/VectorTile';
import type { TileCoord } from 'ol/tilecoord';
import type VectorTile from 'ol/VectorTile';
import { pointOf } from './claimTiles';

/**
 * The features of the claim tiles loaded for the current URL (the current filters and store
 * state), by tile, so the map can say what it draws in view: OpenLayers keeps tiles of earlier
 * URLs for a smooth change-over, and those must not count. Bounded: the least recently loaded
 * tiles are dropped first.
 */

const LIMIT = 512;

export class TileFeatures {
  private readonly tiles = new Map<string, { coord: TileCoord; features: FeatureLike[] }>();
  private current = '';
  /** Tiles asked for and not yet in (nor failed). */
  private readonly loading = new Set<Tile>();
  private waiters: Array<() => void> = [];

  /** The tile URL template the loaded tiles are for. */
  get template(): string {
    return this.current;
  }

  constructor(source: VectorTileSource<RenderFeature>) {
    source.on('tileloadstart', (event: TileSourceEvent) => this.loading.add(event.tile));
    source.on('tileloaderror', (event: TileSourceEvent) => this.done(event.tile));
    source.on('tileloadend', (event: TileSourceEvent) => {
      this.done(event.tile);
      const tile = event.tile as VectorTile<RenderFeature>;
      const [z = 0, x = 0, y = 0] = tile.tileCoord;
      // A tile asked for under an earlier URL that arrives late is not what the map shows.
      if (tile.key !== this.current.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y))) return;
      this.tiles.delete(tile.key);
      this.tiles.set(tile.key, { coord: tile.tileCoord, features: tile.getFeatures() ?? [] });
      while (this.tiles.size > LIMIT) {
        const oldest = this.tiles.keys().next().value;
        if (oldest === undefined) break;
        this.tiles.delete(oldest);
      }
    });
  }

  /** The tiles are asked for under a new URL (or again): what was loaded before no longer counts. */
  reset(template: string): void {
    this.current = template;
    this.tiles.clear();
    // OpenLayers drops the tiles of the old URL without an event.
    this.loading.clear();
    this.release();
  }

  /** Resolves once no tile asked for is still loading. */
  loaded(): Promise<void> {
    if (this.loading.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private done(tile: Tile): void {
    this.loading.delete(tile);
    if (this.loading.size === 0) this.release();
  }

  private release(): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve());
  }

  /** The features of the loaded tiles of zoom `z` whose point lies in `extent`. */
  inExtent(z: number, extent: Extent): FeatureLike[] {
    const found: FeatureLike[] = [];
    for (const { coord, features } of this.tiles.values()) {
      if (coord[0] !== z) continue;
      for (const feature of features) if (containsCoordinate(extent, pointOf(feature))) found.push(feature);
    }
    return found;
  }
}
