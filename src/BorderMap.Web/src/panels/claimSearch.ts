import { api } from '../api/api';
import type { PendingWork } from '../api/work';
import { filterQuery, type Filters } from '../state/filters';
import type { ClaimMarker } from '../types';
import { latestRequest } from './latestRequest';

/**
 * The claim list's search, done by the store (`/api/claims?q=`), which looks through the title,
 * place, actors, quote, translation and note in every script (Бадахшан meets Badakhshan), under
 * the same filters as the map. Pages are followed with `next`, so it works at any store size
 * (up to the markers' cap). Typing is debounced and a newer search aborts an older one.
 */

const DEBOUNCE_MS = 150;
/** The longest text `/api/claims?q=` takes (ClaimFilterParser.MaxTextLength). */
const MAX_TEXT = 200;

export interface ClaimSearch {
  /** Searches for `text` under the filters; `onResult` gets the newest answer only. */
  run(text: string, filters: Filters): void;
  cancel(): void;
}

/** Text the store would refuse: nothing to search for (no letter or digit), or too long. */
function unsearchable(text: string): boolean {
  return text.length > MAX_TEXT || !/[\p{L}\p{N}]/u.test(text);
}

export function createClaimSearch(work: PendingWork, onResult: (text: string, claims: ClaimMarker[]) => void): ClaimSearch {
  let asked = { text: '', query: new URLSearchParams() };
  const request = latestRequest(work, DEBOUNCE_MS, 'Could not search the claims.', async (signal) => {
    const { text, query } = asked;
    const collection = await api.markers(query, signal);
    if (!signal.aborted) onResult(text, collection.features.map((feature) => feature.properties));
  });
  return {
    run(text, filters) {
      request.cancel();
      if (unsearchable(text)) {
        onResult(text, []);
        return;
      }
      const query = filterQuery(filters);
      query.set('q', text);
      asked = { text, query };
      request.schedule();
    },
    cancel: () => request.cancel(),
  };
}
