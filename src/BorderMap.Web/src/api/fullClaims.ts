import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import { api } from './api';
import type { ClaimProperties, GeoJsonFeature } from '../types';

/**
 * Whole claims (quote, translation, note, checks, geometry), fetched one at a time from
 * `GET /api/claims/{id}` when a claim is selected, hovered or opened in the editor: the map and
 * the list only ever hold lean markers. Recently used claims are kept (a bounded cache); a
 * cached claim older than the marker's version is fetched again.
 */

export interface FullClaim {
  props: ClaimProperties;
  /** The placed geometry (EPSG:3857), regions and borders resolved by the server. */
  geometry: Geometry | null;
  /** The ETag of the version fetched (`"N"`), sent back in `If-Match` by edits. */
  etag: string | null;
  /** The feature as the server sent it (EPSG:4326). */
  feature: GeoJsonFeature<ClaimProperties>;
}

const LIMIT = 200;
const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

/** A full claim from a feature of the API. */
export function readFullClaim(feature: GeoJsonFeature<ClaimProperties>, etag: string | null): FullClaim {
  const geometry = feature.geometry ? (geojson.readGeometry(feature.geometry) as Geometry) : null;
  const id = String(feature.id ?? feature.properties.id);
  const version = feature.properties.version;
  return {
    props: { ...feature.properties, id },
    geometry,
    etag: etag ?? (version !== undefined ? `"${version}"` : null),
    feature,
  };
}

export class FullClaims {
  private readonly cache = new Map<string, Promise<FullClaim>>();

  /** The claim, from the cache unless `version` says the cached one is stale. */
  load(id: string, version?: number): Promise<FullClaim> {
    const cached = this.cache.get(id);
    if (cached) {
      this.cache.delete(id);
      this.cache.set(id, cached); // most recently used last
      if (version === undefined) return cached;
      return cached.then((claim) => (claim.props.version === undefined || claim.props.version >= version ? claim : this.fetch(id)));
    }
    return this.fetch(id);
  }

  /** Stores a claim the server just returned (after a save), so it is not fetched again. */
  put(claim: FullClaim): void {
    this.remember(claim.props.id, Promise.resolve(claim));
  }

  forget(id: string): void {
    this.cache.delete(id);
  }

  private fetch(id: string): Promise<FullClaim> {
    const pending = api.claim(id).then(({ value, etag }) => readFullClaim(value, etag));
    this.remember(id, pending);
    pending.catch(() => {
      if (this.cache.get(id) === pending) this.cache.delete(id);
    });
    return pending;
  }

  private remember(id: string, claim: Promise<FullClaim>): void {
    this.cache.delete(id);
    this.cache.set(id, claim);
    while (this.cache.size > LIMIT) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
