/**
 * When a change of the screen earns its own browser history entry (so Back and Forward walk
 * through selections and views) and when it only rewrites the current one. A selection, a filter,
 * a layer or the sort pushes. Continuous changes (a pan or zoom, typing in the list's search, a
 * dragged date handle, playback stepping through dates) are coalesced: while they go on (each within SETTLE_MS of the last write)
 * they replace the entry they started, so a drag across the map is one entry, not fifty, and the
 * map's move to a selected claim joins the selection's entry.
 * Pure: the caller passes the hashes and the clock.
 */

export type HistoryAction = 'push' | 'replace' | 'none';

/** How long a continuous change may pause and still be the same change. */
export const SETTLE_MS = 1000;

/** URL keys (urlState.ts) whose changes come in bursts. */
const CONTINUOUS = new Set(['v', 'q', 'from', 'to', 'at']);

/** The keys whose values differ between two encoded states (with or without `#`). */
export function changedKeys(before: string, after: string): Set<string> {
  const a = new URLSearchParams(before.replace(/^#/, ''));
  const b = new URLSearchParams(after.replace(/^#/, ''));
  const keys = new Set<string>();
  for (const key of new Set([...a.keys(), ...b.keys()])) if (a.get(key) !== b.get(key)) keys.add(key);
  return keys;
}

export class HistoryEntries {
  private lastWriteAt = Number.NEGATIVE_INFINITY;

  /** What to do with the address bar going from `before` to `after` at time `now` (ms). */
  decide(before: string, after: string, now: number): HistoryAction {
    const keys = changedKeys(before, after);
    if (keys.size === 0) return 'none';
    // A view change right after a selection (the map revealing it) also belongs to the selection's entry.
    const continuing = [...keys].every((key) => CONTINUOUS.has(key)) && now - this.lastWriteAt < SETTLE_MS;
    this.lastWriteAt = now;
    return continuing ? 'replace' : 'push';
  }

  /**
   * The screen was set from the address (start-up, Back, Forward, a pasted link): what settles
   * from it now (the map's move to the restored view) belongs to that entry.
   */
  restored(now: number): void {
    this.lastWriteAt = now;
  }
}
