import type { Coordinate } from 'ol/coordinate';
import type Geometry from 'ol/geom/Geometry';
import { fromLonLat } from 'ol/proj';
import type { ClaimMarker, GeoJsonFeature, GeoJsonFeatureCollection } from '../types';

/**
 * Every claim the map has been given, as lean markers (for lookups by id), whether drawn or
 * not. A claim's full geometry is not part of its marker: it is filled in on demand by the
 * highlight (claimHighlight.ts) and dropped when a newer version of the marker arrives.
 */

export interface ClaimRecord {
  props: ClaimMarker;
  /** The resolved geometry (EPSG:3857), shown on hover/selection; loaded on demand (undefined: not yet). */
  geometry: Geometry | null | undefined;
  /** The symbol position (EPSG:3857). */
  anchor: Coordinate;
  /** The claim's edit version, when the server sends one. */
  version: number | undefined;
}

/** A marker's anchor: its `anchor` property, else its Point geometry (lon, lat). */
export function anchorOfMarker(raw: GeoJsonFeature<ClaimMarker>): [number, number] | null {
  const anchor = raw.properties?.anchor;
  if (Array.isArray(anchor) && anchor.length >= 2) return anchor;
  const geometry = raw.geometry as { type?: string; coordinates?: unknown } | null;
  const at = geometry?.type === 'Point' ? geometry.coordinates : null;
  return Array.isArray(at) && at.length >= 2 ? (at as [number, number]) : null;
}

export class ClaimRecords {
  private readonly records = new Map<string, ClaimRecord>();

  /**
   * Adds (or updates) claims; returns their ids in the collection's order, and the ids of
   * records that were replaced (their anchor or geometry may have moved). Claims already known
   * at the same `version` are kept as they are, so re-reading a large collection costs little
   * more than reading its ids.
   */
  add(collection: GeoJsonFeatureCollection<ClaimMarker>): { ids: string[]; replaced: string[] } {
    const ids: string[] = [];
    const replaced: string[] = [];
    for (const raw of collection.features) {
      const id = String(raw.id ?? raw.properties?.id ?? '');
      const known = this.records.get(id);
      if (known && known.version !== undefined && known.version === raw.properties?.version) {
        ids.push(id);
        continue;
      }
      const lonLat = anchorOfMarker(raw);
      // Nothing to place: the server resolves every claim, so this is defensive.
      if (!id || !lonLat) continue;
      this.records.set(id, { props: { ...raw.properties, id }, geometry: undefined, anchor: fromLonLat(lonLat), version: raw.properties?.version });
      ids.push(id);
      if (known) replaced.push(id);
    }
    return { ids, replaced };
  }

  get(id: string): ClaimRecord | undefined {
    return this.records.get(id);
  }

  /** The record of a claim known to be there (drawn claims always are). */
  known(id: string): ClaimRecord {
    const record = this.records.get(id);
    if (!record) throw new Error(`Unknown claim ${id}`);
    return record;
  }

  has(id: string): boolean {
    return this.records.has(id);
  }

  delete(id: string): boolean {
    return this.records.delete(id);
  }

  all(): ClaimMarker[] {
    return [...this.records.values()].map((record) => record.props);
  }
}
