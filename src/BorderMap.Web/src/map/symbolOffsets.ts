import type { Coordinate } from 'ol/coordinate';
import { layoutSymbols, type Offset, type PlacedSymbol } from './spread';

/**
 * Where each drawn claim's symbol sits relative to its anchor at one resolution: symbols that
 * would overlap there are spread apart (spread.ts), so offsets are laid out again whenever the
 * zoom or the claims in view change.
 */

/** Anchors (EPSG:3857) as screen pixels at a resolution (m/px), y down, in the ids' order. */
export function screenPositions(ids: readonly string[], anchorOf: (id: string) => Coordinate, resolution: number): PlacedSymbol[] {
  return ids.map((id) => {
    const [x = 0, y = 0] = anchorOf(id);
    return { id, x: x / resolution, y: -y / resolution };
  });
}

/** Each claim's offset (px, y down) from its anchor, by id, at a resolution (m/px). */
export function spreadAnchors(anchors: ReadonlyMap<string, Coordinate>, resolution: number): Map<string, Offset> {
  return layoutSymbols(screenPositions([...anchors.keys()], (id) => anchors.get(id) ?? [0, 0], resolution));
}
