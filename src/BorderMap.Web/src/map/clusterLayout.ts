import { clusterPoints } from './cluster';
import { type Offset, type PlacedSymbol, spreadOffsets } from './spread';

/**
 * Large claim sets, laid out for one zoom: which claims are drawn on their own (with their
 * spread offset) and which are folded into a cluster badge. Pure; pixel coordinates (any
 * origin, y down), as the layer computes them from the anchors at the view's resolution.
 */

/** Claims closer than this on screen (CSS px) share a badge. */
export const CLUSTER_RADIUS = 48;

export interface ClusterBadge {
  ids: string[];
  /** The members' mean position (px). */
  x: number;
  y: number;
  /** How many members each category has, sorted by category id (the badge's ring). */
  categories: Array<readonly [string, number]>;
}

export interface ClusterLayout {
  /** Claims drawn on their own, with their offset from the anchor (px). */
  singles: Map<string, Offset>;
  badges: ClusterBadge[];
}

export interface ClusterOptions {
  /** Drawn on its own wherever it is (the selected claim never hides in a badge). */
  pinned: string | null;
  /** At the closest zoom groups spread out instead of folding into badges. */
  spreadAll: boolean;
  categoryOf: (id: string) => string;
}

/** Members per category, sorted by category id so a badge's ring keeps its order. */
export function categoryCounts(ids: readonly string[], categoryOf: (id: string) => string): Array<readonly [string, number]> {
  const counts = new Map<string, number>();
  for (const id of ids) {
    const category = categoryOf(id);
    counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[0].localeCompare(b[0]));
}

export function layoutClusters(items: readonly PlacedSymbol[], options: ClusterOptions): ClusterLayout {
  const singles = new Map<string, Offset>();
  const badges: ClusterBadge[] = [];
  const pinned = items.find((item) => item.id === options.pinned);
  if (pinned) singles.set(pinned.id, [0, 0]);
  const rest = items.filter((item) => item !== pinned);
  const byId = new Map(rest.map((item) => [item.id, item]));
  for (const group of clusterPoints(rest, CLUSTER_RADIUS)) {
    if (group.ids.length === 1) {
      singles.set(group.ids[0], [0, 0]);
    } else if (options.spreadAll) {
      const ring = spreadOffsets(group.ids.length);
      group.ids.forEach((id, i) => {
        const item = byId.get(id) as PlacedSymbol;
        const [rx, ry] = ring[i] ?? [0, 0];
        singles.set(id, [group.x + rx - item.x, group.y + ry - item.y]);
      });
    } else {
      badges.push({ ids: group.ids, x: group.x, y: group.y, categories: categoryCounts(group.ids, options.categoryOf) });
    }
  }
  return { singles, badges };
}
