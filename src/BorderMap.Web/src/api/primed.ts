import type { ClaimFacets, ClaimMarker, ClaimPage, DateHistogram } from '../types';
import type { EventPage } from './events';

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

  forget(): void {
    this.primed = null;
  }
}

/**
 * The claim tiles of the first view, asked for by URL before OpenLayers is loaded; the claim
 * layer's tile load function takes each answer once. What the view never asks for is dropped once
 * the first render is complete.
 */
export class PrimedTiles {
  private readonly answers = new Map<string, Promise<ArrayBuffer>>();

  ask(url: string): void {
    const answer = fetch(url).then((response) => (response.ok ? response.arrayBuffer() : Promise.reject(new Error(`${response.status} ${response.statusText}`.trim()))));
    answer.catch(() => undefined); // a failure is reported by the tile that takes it
    this.answers.set(url, answer);
  }

  /** The primed answer for this tile URL (once), else null. */
  take(url: string): Promise<ArrayBuffer> | null {
    const answer = this.answers.get(url) ?? null;
    this.answers.delete(url);
    return answer;
  }

  forget(): void {
    this.answers.clear();
  }
}

/** What a first render asks for early: the counts (`/api/claims/facets`), the claim list's first page, the month bins of every claim (the date histogram's axis) and its first bars, the claim tiles in view and the first page of the events in view (their markers). */
export interface PrimedClaims {
  facets: Primed<ClaimFacets>;
  firstPage: Primed<ClaimPage<ClaimMarker>>;
  months: Primed<DateHistogram>;
  /** The date histogram's bars of every claim over its whole axis, when they are finer than months (panels/histogramData.ts). */
  bars: Primed<DateHistogram>;
  tiles: PrimedTiles;
  events: Primed<EventPage>;
}

export function primedClaims(): PrimedClaims {
  return { facets: new Primed(), firstPage: new Primed(), months: new Primed(), bars: new Primed(), tiles: new PrimedTiles(), events: new Primed() };
}
