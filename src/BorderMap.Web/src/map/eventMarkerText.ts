import type { EventSummary } from '../api/events';

/**
 * What an event's marker on the map says, kept apart from OpenLayers so it can be tested: the
 * number of sources (with the independent ones when fewer), whether the claims contradict each
 * other, and the tooltip; and the bounded, dated query the markers are read with.
 */

/** The most events one view asks for: two pages of the API's largest page. */
export const MAX_MARKERS = 400;
export const PAGE_SIZE = 200;

export interface MarkerText {
  /** "3" or "3 (2 ind.)". */
  sources: string;
  disputed: boolean;
  title: string;
}

export function markerText(event: EventSummary): MarkerText {
  const { sources, independentSources, contradicted } = event.derived;
  const count = sources.length;
  const disputed = event.status === 'disputed' || contradicted.length > 0;
  const independent = independentSources < count ? ` (${independentSources} ind.)` : '';
  const sourceWord = count === 1 ? 'source' : 'sources';
  const contradiction = contradicted.length > 0 ? `; contradiction: ${contradicted.join(', ')}` : '';
  return {
    sources: `${count}${independent}`,
    disputed,
    title: `${event.title}: ${count} ${sourceWord}, ${independentSources} independent, ${event.status}${contradiction}`,
  };
}

/**
 * What the event markers follow of the filters: inclusive ISO dates (YYYY-MM-DD) of the date filter
 * or playback frame, or null for an open end, and the event statuses let through (null or absent: all).
 */
export interface EventMarkerFilter {
  from: string | null;
  to: string | null;
  eventStatuses?: string[] | null;
}

/**
 * The query of one page of the events in the view (`bbox` minLon,minLat,maxLon,maxLat) whose span
 * (their claims' dates widened by their precision) meets the dates, only those of the statuses when given.
 */
export function eventsQuery(bbox: number[], cursor: string | null, filter: EventMarkerFilter = { from: null, to: null }): URLSearchParams {
  const query = new URLSearchParams({ bbox: bbox.map((v) => v.toFixed(5)).join(','), limit: String(PAGE_SIZE) });
  if (filter.from) query.set('from', filter.from);
  if (filter.to) query.set('to', filter.to);
  if (filter.eventStatuses) query.set('status', filter.eventStatuses.join(','));
  if (cursor) query.set('cursor', cursor);
  return query;
}
