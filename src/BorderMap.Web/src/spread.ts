/**
 * Screen-space spreading of claim symbols that share one anchor, so each stays visible and
 * clickable. Pure functions; offsets are CSS pixels with y pointing down (screen convention).
 *
 * Up to RING_MAX symbols sit on a ring whose circumference leaves SPACING px per symbol; larger
 * groups follow a Fermat spiral (golden-angle steps), which packs evenly without overlaps.
 */

export type Offset = readonly [number, number];

const SPACING = 22;
const MIN_RING_RADIUS = 14;
const RING_MAX = 8;
const SPIRAL_STEP = 12;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

export function spreadOffsets(count: number): Offset[] {
  if (count <= 1) return [[0, 0]];
  if (count <= RING_MAX) {
    const radius = Math.max(MIN_RING_RADIUS, (SPACING * count) / (2 * Math.PI));
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count; // first one straight up, then clockwise
      return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))] as const;
    });
  }
  return Array.from({ length: count }, (_, i) => {
    const radius = SPIRAL_STEP * Math.sqrt(i + 1);
    const angle = -Math.PI / 2 + i * GOLDEN_ANGLE;
    return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))] as const;
  });
}

/** Anchors closer than this (in degrees) count as the same place. */
const KEY_PRECISION = 1e-6;

export function anchorKey(anchor: readonly [number, number]): string {
  return `${Math.round(anchor[0] / KEY_PRECISION)}:${Math.round(anchor[1] / KEY_PRECISION)}`;
}

/**
 * Groups items by anchor and assigns each an offset. Items keep their input order inside a
 * group, so the layout is stable for a given list.
 */
export function assignOffsets<T>(
  items: readonly T[],
  anchorOf: (item: T) => readonly [number, number],
  idOf: (item: T) => string,
): Map<string, Offset> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = anchorKey(anchorOf(item));
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  const result = new Map<string, Offset>();
  for (const group of groups.values()) {
    const offsets = spreadOffsets(group.length);
    group.forEach((item, i) => result.set(idOf(item), offsets[i] ?? [0, 0]));
  }
  return result;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
