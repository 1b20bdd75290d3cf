import type { ClaimFacets, ClaimMarker, ClaimPage, DateHistogram } from '../types';

/**
 * An answer asked for before the page is ready to show it: as soon as the user is signed in,
 * while the map definition loads and the workbench is wired, because the question is known from
 * the URL already and the answer is among the slowest of a first render. The first load that asks
 * the same question (the same query string) takes the answer, once; any other question is asked anew.
 */
export class Primed<T> {
  private primed: { query: string; answer: Promise<T> } | null = null;

  ask(query: URLSearchParams, fetch: (query: URLSearchParams) => Promise<T>): void {
    const answer = fetch(query);
    answer.catch(() => undefined); // a failure is reported by the load that takes it
    this.primed = { query: query.toString(), answer };
  }

  /** The primed answer if it is for this query (once), else null. */
  take(query: URLSearchParams): Promise<T> | null {
    const primed = this.primed;
    this.primed = null;
    return primed && primed.query === query.toString() ? primed.answer : null;
  }
}

/** What a first render asks for early: the counts (`/api/claims/facets`), the claim list's first page and the month bins of every claim (the date histogram's axis). */
export interface PrimedClaims {
  facets: Primed<ClaimFacets>;
  firstPage: Primed<ClaimPage<ClaimMarker>>;
  months: Primed<DateHistogram>;
}

export function primedClaims(): PrimedClaims {
  return { facets: new Primed(), firstPage: new Primed(), months: new Primed() };
}
