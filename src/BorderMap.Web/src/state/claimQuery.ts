import { api, isAbort, MARKER_CAP } from '../api/api';
import type { ClaimsLayer } from '../map/claimsLayer';
import { showError } from '../panels/errorBanner';
import { filterQuery, type Filters } from './filters';
import type { Store } from './store';
import type { MarkerCollection } from '../types';
import type { PendingWork } from '../api/work';

/**
 * Keeps the drawn claims in step with the filters: each change asks `/api/claims` for lean
 * markers with the filter parameters (debounced while a slider is dragged; a newer request
 * aborts an older one) and draws the answer. The server decides what passes, so the map, the list and the region
 * panel (which asks `/api/regions/{id}` with the same parameters) always agree.
 */

const DEBOUNCE_MS = 90;

/** Says on the error banner when the markers stop at the cap, so a partial map never passes for the whole. */
export function warnIfCapped(collection: MarkerCollection): void {
  if (collection.capped) {
    showError(
      `Showing the first ${MARKER_CAP.toLocaleString('en')} claims; narrow the filters`,
      'more claims meet them; the map, the list and the counts leave those out.',
    );
  }
}

export interface ClaimQueryOptions {
  filters: Store<Filters>;
  claims: ClaimsLayer;
  work: PendingWork;
  /** After the drawn set changed. */
  onDrawn: () => void;
}

export function wireClaimQuery({ filters, claims, work, onDrawn }: ClaimQueryOptions): { refresh: () => Promise<void> } {
  let controller: AbortController | null = null;
  let timer: number | undefined;
  let releaseWait: (() => void) | null = null;

  function cancel(): void {
    window.clearTimeout(timer);
    controller?.abort();
    controller = null;
    releaseWait?.();
    releaseWait = null;
  }

  /** Asks for the claims the filters pass now and draws them (tracked as pending work). */
  async function refresh(): Promise<void> {
    cancel();
    const current = filters.get();
    const mine = new AbortController();
    controller = mine;
    try {
      const collection = await work.track(api.markers(filterQuery(current), mine.signal));
      if (controller !== mine) return;
      warnIfCapped(collection);
      claims.draw(claims.add(collection));
      onDrawn();
    } catch (error) {
      if (isAbort(error) || controller !== mine) return;
      showError('Could not load the claims for these filters.', error);
    }
  }

  filters.subscribe(() => {
    cancel();
    void work.track(new Promise<void>((resolve) => (releaseWait = resolve)));
    timer = window.setTimeout(() => {
      releaseWait?.();
      releaseWait = null;
      void refresh();
    }, DEBOUNCE_MS);
  });

  return { refresh };
}
