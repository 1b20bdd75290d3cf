import type { Coordinate } from 'ol/coordinate';
import type { ClaimSummary } from '../types';

/**
 * The claims the screen has met lately (drawn from a tile, listed, selected), by id: what they
 * are called and where their symbol is anchored, for the details panel's "Loading …", the region
 * panel's titles and revealing a claim chosen in the list. A bounded cache: the least recently
 * met are forgotten, so it never grows with the store.
 */

const LIMIT = 5_000;

export interface KnownClaim {
  summary: ClaimSummary;
  /** The symbol's anchor (EPSG:3857). */
  anchor: Coordinate;
}

export class KnownClaims {
  private readonly claims = new Map<string, KnownClaim>();

  /** Remembers a claim (a newer meeting replaces an older one). */
  meet(summary: ClaimSummary, anchor: Coordinate): void {
    this.claims.delete(summary.id);
    this.claims.set(summary.id, { summary, anchor });
    while (this.claims.size > LIMIT) {
      const oldest = this.claims.keys().next().value;
      if (oldest === undefined) break;
      this.claims.delete(oldest);
    }
  }

  get(id: string): KnownClaim | undefined {
    return this.claims.get(id);
  }

  forget(id: string): void {
    this.claims.delete(id);
  }
}
