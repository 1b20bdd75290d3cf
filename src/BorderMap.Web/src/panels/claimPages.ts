import { api, isAbort } from '../api/api';
import type { Primed } from '../api/primed';
import type { PendingWork } from '../api/work';
import { filterQuery, type Filters } from '../state/filters';
import type { ClaimMarker, ClaimPage, ClaimTotal } from '../types';
import type { ListState } from '../state/urlState';
import { showError } from './errorBanner';
import { latestRequest } from './latestRequest';

/**
 * The claim list's rows, read from the store a page at a time (`/api/claims?fields=marker&limit&
 * cursor`, with `q` while searching: the store looks through the title, place, actors, quote,
 * translation and note in every script), under the same filters as the map. The total comes from
 * the facets. Pages are asked for in the list's sort (`sort=date`, `-place`, …), which the store
 * answers from an index with a keyset cursor. The first page is small, FIRST_PAGE claims (a few
 * screens of rows), because the first render waits for it: a set that fits is complete, and the
 * list sorts it itself when its column changes (no request, and by the shown labels); a larger one
 * is read on in pages of PAGE as the list is scrolled, in the store's order for the sort, and read
 * again from the start when the sort changes.
 */

const DEBOUNCE_MS = 150;
/**
 * The rows of the first page: several screens of the list. A first page of 1,000 (413 kB) was the
 * last answer of a first render at 1,000,000 claims (bench/RESULTS.md, "Scale").
 */
export const FIRST_PAGE = 100;
/** Rows asked for at a time while scrolling a large set. */
export const PAGE = 500;
/** The most rows the list reads; beyond them the filters or the search must narrow the set. */
export const MAX_ROWS = 20_000;
/** The longest text `/api/claims?q=` takes (ClaimFilterParser.MaxTextLength). */
const MAX_TEXT = 200;

export interface ListAnswer {
  /** The search text the answer is for ('' when not searching). */
  text: string;
  rows: ClaimMarker[];
  /** How many claims meet the filters (and the search); `totalAtLeast`: at least that many. */
  total: number;
  totalAtLeast: boolean;
  /** Whether every claim that meets them is in `rows` (then the list can sort them). */
  complete: boolean;
  /** The store sort the rows were read in (`date`, `-title`, …). */
  sort: string;
}

export interface ClaimPages {
  /**
   * Reads the list again for these filters and text (at once, unless the text changed: typing
   * pauses first); `total` is the filters' count as it is being asked for (not searching).
   */
  load(filters: Filters, text: string, total: Promise<ClaimTotal> | null, sort: string): void;
  /** Reads the next page, if there is one and none is being read. */
  more(): void;
}

/** Text the store would refuse: nothing to search for (no letter or digit), or too long. */
function unsearchable(text: string): boolean {
  return text.length > MAX_TEXT || !/[\p{L}\p{N}]/u.test(text);
}

/** The filters' query with the store sort (the facets are asked for without it). */
function sorted(query: URLSearchParams, sort: string): URLSearchParams {
  const params = new URLSearchParams(query);
  params.set('sort', sort);
  return params;
}

/** The store sort the list's pages are asked for in (`date`, `-title`, …). */
export function storeSort(list: ListState): string {
  return `${list.descending ? '-' : ''}${list.sort}`;
}

/** The list's query: the filters, the search text if any (`q`). */
function listQuery(filters: Filters, text: string): URLSearchParams {
  const query = filterQuery(filters);
  if (text) query.set('q', text);
  return query;
}

/** Asks for the first page the list will read for these filters, text and sort, before the list is wired (see Primed). */
export function primeFirstPage(primed: Primed<ClaimPage<ClaimMarker>>, filters: Filters, text: string, sort: string): void {
  if (text && unsearchable(text)) return;
  primed.ask(sorted(listQuery(filters, text), sort), (query) => api.markerPage(query, FIRST_PAGE, null));
}

export function createClaimPages(
  work: PendingWork,
  onAnswer: (answer: ListAnswer) => void,
  onMore: (rows: ClaimMarker[], answer: ListAnswer) => void,
  /** The first page, if it was asked for before the list was wired. */
  primed?: Primed<ClaimPage<ClaimMarker>>,
): ClaimPages {
  let asked: { query: URLSearchParams; text: string; total: Promise<ClaimTotal> | null; sort: string } = { query: new URLSearchParams(), text: '', total: null, sort: '' };
  let answer: ListAnswer | null = null;
  let next: string | null = null;
  let reading: AbortController | null = null;

  const request = latestRequest(work, DEBOUNCE_MS, 'Could not load the claim list.', async (signal) => {
    reading?.abort();
    const { query, text, sort } = asked;
    if (text && unsearchable(text)) {
      answer = { text, rows: [], total: 0, totalAtLeast: false, complete: true, sort };
      next = null;
      onAnswer(answer);
      return;
    }
    // If the first page is the last, the whole set is at hand and the list sorts it itself.
    const first = sorted(query, sort);
    const [counted, page] = await Promise.all([
      asked.total ?? api.facets(query, signal),
      primed?.take(first) ?? api.markerPage(first, FIRST_PAGE, null, signal),
    ]);
    if (signal.aborted) return;
    next = page.next;
    answer = { text, rows: page.features.map((f) => f.properties), total: counted.total, totalAtLeast: counted.atLeast, complete: page.next === null, sort };
    onAnswer(answer);
  });

  async function readMore(cursor: string, mine: AbortController): Promise<void> {
    try {
      const page = await work.track(api.markerPage(sorted(asked.query, asked.sort), PAGE, cursor, mine.signal));
      if (mine.signal.aborted || !answer) return;
      next = page.next;
      const rows = page.features.map((f) => f.properties);
      answer = { ...answer, rows: [...answer.rows, ...rows], complete: page.next === null };
      onMore(rows, answer);
    } catch (error) {
      if (!isAbort(error) && !mine.signal.aborted) showError('Could not load more claims.', error);
    } finally {
      if (reading === mine) reading = null;
    }
  }

  return {
    load(filters, text, total, sort) {
      const query = listQuery(filters, text);
      const typed = text !== asked.text;
      // While searching the list counts for itself; the filters' count is not needed (its failure shows elsewhere).
      total?.catch(() => undefined);
      asked = { query, text, total: text ? null : total, sort };
      reading?.abort();
      reading = null;
      request.schedule(!typed);
    },
    more() {
      if (next === null || reading !== null || (answer?.rows.length ?? 0) >= MAX_ROWS) return;
      reading = new AbortController();
      void readMore(next, reading);
    },
  };
}
