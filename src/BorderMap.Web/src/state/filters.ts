/**
 * The claim filters shared by the map, the claim list, the region panel, the choropleth and the
 * export, and how they become `/api/claims` query parameters. Plain data, pure functions.
 *
 * A list that is `null` means "no restriction"; an empty list means "nothing passes" (every box
 * unchecked), which the API reads from a parameter that is present but empty (`category=`).
 */
export interface Filters {
  /** Inclusive ISO dates (YYYY-MM-DD), or null for an open end. */
  from: string | null;
  to: string | null;
  categories: string[] | null;
  statuses: string[] | null;
  precisions: number[] | null;
  /** Claims naming any of these actors; empty means any actor. */
  actors: string[];
  /** The sources' Admiralty reliability grades (A–F) that pass. */
  reliabilities: string[] | null;
  /** The claims' Admiralty information credibility (1–6) that passes. */
  credibilities: number[] | null;
  /** Only claims whose event has one of these statuses (a claim in no event is reported); null: any. */
  eventStatuses: string[] | null;
  /** Only claims one independent source reports (true) or several do (false); null: either. */
  singleSource: boolean | null;
}

export const NO_FILTERS: Filters = { from: null, to: null, categories: null, statuses: null, precisions: null, actors: [], reliabilities: null, credibilities: null, eventStatuses: null, singleSource: null };

export const STATUSES = ['reported', 'corroborated', 'disputed'] as const;

/** The Admiralty code's source reliability grades and information credibility levels. */
export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;

/** The values each list filter can take (from the style definition). */
export interface FilterDomain {
  categories: string[];
  statuses: readonly string[];
  precisions: number[];
}

/** Drops unknown values and turns "everything checked" into null, so equal filters encode equally. */
export function normalizeFilters(filters: Filters, domain: FilterDomain): Filters {
  const list = <T>(values: T[] | null, all: readonly T[]): T[] | null => {
    if (values === null) return null;
    const kept = all.filter((v) => values.includes(v));
    return kept.length === all.length ? null : kept;
  };
  let { from, to } = filters;
  if (from && to && from > to) [from, to] = [to, from];
  return {
    from: from || null,
    to: to || null,
    categories: list(filters.categories, domain.categories),
    statuses: list(filters.statuses, domain.statuses),
    precisions: list(filters.precisions, domain.precisions),
    actors: [...new Set(filters.actors.filter((a) => a.trim().length > 0))].sort(),
    reliabilities: list(filters.reliabilities, RELIABILITIES),
    credibilities: list(filters.credibilities, CREDIBILITIES),
    // "Show only" toggles: none ticked means no restriction, so an empty list is null too.
    eventStatuses: filters.eventStatuses?.length ? STATUSES.filter((s) => filters.eventStatuses?.includes(s)) : null,
    singleSource: filters.singleSource,
  };
}

export function isUnfiltered(filters: Filters): boolean {
  return (
    !filters.from && !filters.to && !filters.categories && !filters.statuses && !filters.precisions && filters.actors.length === 0 && !filters.reliabilities && !filters.credibilities && !filters.eventStatuses && filters.singleSource === null
  );
}

/** The `/api/claims` query for the filters (also used by `/api/regions/{id}` and `/api/export`). */
export function filterQuery(filters: Filters): URLSearchParams {
  const query = new URLSearchParams();
  if (filters.from) query.set('from', filters.from);
  if (filters.to) query.set('to', filters.to);
  // A list present but empty lets nothing pass.
  if (filters.categories) query.set('category', filters.categories.join(','));
  if (filters.actors.length) query.set('actor', filters.actors.join(','));
  if (filters.statuses) query.set('status', filters.statuses.join(','));
  if (filters.precisions) query.set('precision', filters.precisions.join(','));
  if (filters.reliabilities) query.set('reliability', filters.reliabilities.join(','));
  if (filters.credibilities) query.set('credibility', filters.credibilities.join(','));
  if (filters.eventStatuses) query.set('event_status', filters.eventStatuses.join(','));
  if (filters.singleSource !== null) query.set('single_source', String(filters.singleSource));
  return query;
}

/** One line describing the filters, for screen readers and the export dialog. */
export function describeFilters(filters: Filters, label: (category: string) => string): string {
  const parts: string[] = [];
  if (filters.from || filters.to) parts.push(`${filters.from ?? '…'} to ${filters.to ?? '…'}`);
  if (filters.categories) parts.push(filters.categories.length ? filters.categories.map(label).join(', ') : 'no categories');
  if (filters.actors.length) parts.push(`actors: ${filters.actors.join(', ')}`);
  if (filters.statuses) parts.push(filters.statuses.length ? filters.statuses.join(', ') : 'no status');
  if (filters.precisions) parts.push(filters.precisions.length ? `precision ${filters.precisions.join(', ')}` : 'no precision');
  if (filters.reliabilities) parts.push(filters.reliabilities.length ? `reliability ${filters.reliabilities.join(', ')}` : 'no reliability');
  if (filters.credibilities) parts.push(filters.credibilities.length ? `credibility ${filters.credibilities.join(', ')}` : 'no credibility');
  if (filters.eventStatuses) parts.push(`events ${filters.eventStatuses.join(', ')}`);
  if (filters.singleSource !== null) parts.push(filters.singleSource ? 'single source' : 'several independent sources');
  return parts.length ? parts.join(' · ') : 'All claims';
}
