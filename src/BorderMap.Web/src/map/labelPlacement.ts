import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import { BoxGrid } from './boxGrid';

/**
 * Greedy label placement shared by area, country and town labels: candidates are placed in
 * priority order, each at the first of its positions whose box overlaps no label placed
 * before it and, unless the label must show, no obstacle (claim symbols). A label
 * with no such position is left out, so lower priorities are dropped first and no two placed
 * labels overlap. Pure; map units (any projection), y up.
 */

export type LabelKind = 'focus-area' | 'area' | 'focus-country' | 'country' | 'town';
/** How a label is drawn (its colour and halo; labelStyle.ts). */
export type LabelLook = 'focus-area' | 'area' | 'core-country' | 'neighbour-country' | 'town';

export interface LabelCandidate {
  id: string;
  text: string;
  kind: LabelKind;
  look: LabelLook;
  /** The CSS font the label is measured and drawn in. */
  font: string;
  /** Higher goes first. */
  priority: number;
  /** Shown even where it covers obstacles (focus areas win over claim symbols). */
  mustShow: boolean;
  /** Half the label's width and height, in map units. */
  half: readonly [number, number];
  /** Where the label's centre may go, best first, given the boxes of the labels placed so far. */
  positions(placed: readonly Extent[]): Coordinate[];
  /** A box that no label may cover, taken with the label (a town's dot); obstacles may. */
  reserve?: Extent;
}

export interface PlacedLabel {
  id: string;
  text: string;
  kind: LabelKind;
  look: LabelLook;
  font: string;
  at: Coordinate;
  box: Extent;
}

export function boxAround([x = 0, y = 0]: Coordinate, [hw, hh]: readonly [number, number]): Extent {
  return [x - hw, y - hh, x + hw, y + hh];
}

/** Whether two boxes share more than an edge. */
export function boxesOverlap(a: Extent, b: Extent): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** A grid square about twice an obstacle's size: a label's box then covers a handful of squares. */
function obstacleGrid(obstacles: readonly Extent[]): BoxGrid | null {
  const [minX = 0, minY = 0, maxX = 0, maxY = 0] = obstacles[0] ?? [];
  const size = 2 * Math.max(maxX - minX, maxY - minY);
  return obstacles.length && size > 0 ? new BoxGrid(obstacles, size) : null;
}

export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Extent[]): PlacedLabel[] {
  const symbols = obstacleGrid(obstacles);
  const coversSymbol = (box: Extent) =>
    symbols ? symbols.some(box, (other) => boxesOverlap(box, other)) : obstacles.some((other) => boxesOverlap(box, other));
  const placed: PlacedLabel[] = [];
  const boxes: Extent[] = [];
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of ordered) {
    const free = (box: Extent) =>
      !boxes.some((other) => boxesOverlap(box, other)) && (candidate.mustShow || !coversSymbol(box));
    // A town's dot may sit under claim symbols (claims are often anchored at towns), not under labels.
    const reserveFree = !candidate.reserve || !boxes.some((other) => boxesOverlap(candidate.reserve as Extent, other));
    const fits = (box: Extent) => reserveFree && free(box);
    const positions = candidate.positions(boxes);
    let at = positions.find((position) => fits(boxAround(position, candidate.half)));
    // A label that must show takes its best spot even where nothing fits (its own placement
    // already kept it as clear of the others as the area allows).
    if (!at && candidate.mustShow) at = positions[0];
    if (!at) continue;
    const box = boxAround(at, candidate.half);
    boxes.push(box, ...(candidate.reserve ? [candidate.reserve] : []));
    const { id, text, kind, look, font } = candidate;
    placed.push({ id, text, kind, look, font, at, box });
  }
  return placed;
}
