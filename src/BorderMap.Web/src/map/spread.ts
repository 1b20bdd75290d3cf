/**
 * Screen-space spreading of claim symbols that would overlap, so each stays visible and
 * clickable. Pure functions; pixel coordinates and offsets are CSS pixels, y pointing down.
 *
 * Claims whose anchors coincide, or lie so close at the current zoom that their symbols would
 * overlap, form one group. A group's symbols sit around the group's centre: up to RING_MAX on a
 * ring whose circumference leaves SPACING px per symbol, larger groups on a Fermat spiral
 * (golden-angle steps), which packs evenly without overlaps. Groups whose footprints touch are
 * merged until no two overlap.
 */

export type Offset = readonly [number, number];

/** Footprint radius of one symbol, halo and ring included, in px. */
export const SYMBOL_FOOTPRINT = 11;
const SPACING = 22;
const MIN_RING_RADIUS = 14;
const RING_MAX = 8;
const SPIRAL_STEP = 12;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

function ringRadius(count: number): number {
  return Math.max(MIN_RING_RADIUS, (SPACING * count) / (2 * Math.PI));
}

/** Positions of `count` symbols around their group centre (the first straight up, then clockwise). */
export function spreadOffsets(count: number): Offset[] {
  if (count <= 1) return [[0, 0]];
  if (count <= RING_MAX) {
    const radius = ringRadius(count);
    return Array.from({ length: count }, (_, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / count;
      return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))] as const;
    });
  }
  return Array.from({ length: count }, (_, i) => {
    const radius = SPIRAL_STEP * Math.sqrt(i + 1);
    const angle = -Math.PI / 2 + i * GOLDEN_ANGLE;
    return [round(radius * Math.cos(angle)), round(radius * Math.sin(angle))] as const;
  });
}

/** Radius of the disc a group of `count` symbols covers. */
export function footprint(count: number): number {
  if (count <= 1) return SYMBOL_FOOTPRINT;
  if (count <= RING_MAX) return ringRadius(count) + SYMBOL_FOOTPRINT;
  return SPIRAL_STEP * Math.sqrt(count) + SYMBOL_FOOTPRINT;
}

export interface PlacedSymbol {
  id: string;
  /** Anchor position in screen pixels (any origin). */
  x: number;
  y: number;
}

interface Group {
  members: PlacedSymbol[];
  x: number;
  y: number;
}

/**
 * Offsets (from each claim's own anchor to where its symbol is drawn) for a set of anchors at
 * the current zoom. Input order decides the order around a ring, so the layout is stable.
 */
export function layoutSymbols(items: readonly PlacedSymbol[]): Map<string, Offset> {
  // Identical anchors (to half a pixel) start in one group.
  const byPosition = new Map<string, Group>();
  for (const item of items) {
    const key = `${Math.round(item.x * 2)}:${Math.round(item.y * 2)}`;
    const group = byPosition.get(key);
    if (group) group.members.push(item);
    else byPosition.set(key, { members: [item], x: item.x, y: item.y });
  }
  const rank = new Map(items.map((item, i) => [item, i]));
  const groups = mergeOverlapping([...byPosition.values()], rank);

  const offsets = new Map<string, Offset>();
  for (const group of groups) {
    const ring = spreadOffsets(group.members.length);
    group.members.forEach((member, i) => {
      const [rx, ry] = ring[i] ?? [0, 0];
      offsets.set(member.id, [round(group.x + rx - member.x), round(group.y + ry - member.y)]);
    });
  }
  return offsets;
}

/** Merges groups whose footprints overlap until none do; members keep their input order. */
function mergeOverlapping(groups: Group[], rank: Map<PlacedSymbol, number>): Group[] {
  let merged = true;
  while (merged) {
    merged = false;
    for (let i = 0; i < groups.length; i++) {
      for (let j = i + 1; j < groups.length; j++) {
        const a = groups[i];
        const b = groups[j];
        const reach = footprint(a.members.length) + footprint(b.members.length);
        if (Math.hypot(a.x - b.x, a.y - b.y) >= reach) continue;
        const members = [...a.members, ...b.members].sort((m, n) => (rank.get(m) ?? 0) - (rank.get(n) ?? 0));
        groups[i] = { members, x: mean(members, 'x'), y: mean(members, 'y') };
        groups.splice(j, 1);
        j = i; // re-check the grown group against all later ones
        merged = true;
      }
    }
  }
  return groups;
}

function mean(members: PlacedSymbol[], key: 'x' | 'y'): number {
  return members.reduce((sum, m) => sum + m[key], 0) / members.length;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
