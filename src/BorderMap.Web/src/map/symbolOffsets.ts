import type { Coordinate } from 'ol/coordinate';
import { layoutSymbols, type Offset, type PlacedSymbol } from './spread';

/**
 * Where each drawn claim's symbol sits relative to its anchor, for one resolution: offsets
 * depend on the zoom (symbols that overlap at one zoom are apart at the next), so they are
 * recomputed lazily when the resolution changes or the drawn set does.
 */

/** Anchors (EPSG:3857) as screen pixels at a resolution (m/px), y down, in the ids' order. */
export function screenPositions(ids: readonly string[], anchorOf: (id: string) => Coordinate, resolution: number): PlacedSymbol[] {
  return ids.map((id) => {
    const [x = 0, y = 0] = anchorOf(id);
    return { id, x: x / resolution, y: -y / resolution };
  });
}

export class SymbolOffsets {
  private offsets = new Map<string, Offset>();
  private resolution = NaN;

  /** The layout no longer matches the drawn claims: redo it at the next use. */
  invalidate(): void {
    this.resolution = NaN;
  }

  isFor(resolution: number): boolean {
    return resolution === this.resolution;
  }

  /** Takes a layout made elsewhere (clustering) for a resolution. */
  set(resolution: number, offsets: Map<string, Offset>): void {
    this.resolution = resolution;
    this.offsets = offsets;
  }

  /** Spreads the claims' symbols apart for a resolution, unless that layout is current. */
  spread(resolution: number, ids: readonly string[], anchorOf: (id: string) => Coordinate): void {
    if (this.isFor(resolution)) return;
    this.set(resolution, layoutSymbols(screenPositions(ids, anchorOf, resolution)));
  }

  /** The claim's offset (px, y down); undefined for a claim inside a cluster badge. */
  get(id: string): Offset | undefined {
    return this.offsets.get(id);
  }
}
