import { api } from './api';
import type { ClaimFacets } from '../types';

/**
 * The first counts (`/api/claims/facets`), asked for as soon as the user is signed in, while the
 * map definition loads and the workbench is wired: the counts are the slowest answer of a first
 * render, and the question is known from the URL before the page is ready to show the answer. The
 * first load that asks the same question takes the answer; any other question is asked anew.
 */
export class PrimedFacets {
  private primed: { query: string; answer: Promise<ClaimFacets> } | null = null;

  ask(query: URLSearchParams): void {
    const answer = api.facets(query);
    answer.catch(() => undefined); // a failure is reported by the load that takes it
    this.primed = { query: query.toString(), answer };
  }

  /** The primed answer if it is for this query (once), else null. */
  take(query: URLSearchParams): Promise<ClaimFacets> | null {
    const primed = this.primed;
    this.primed = null;
    return primed && primed.query === query.toString() ? primed.answer : null;
  }
}
