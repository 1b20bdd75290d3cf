import { getJson, getTagged, write, type Tagged } from './api';

/**
 * Events (`/api/events`): the claims about one happening with what they derive. Types mirror the
 * server's JSON (see the README's API table); every text in them is shown as text, never markup.
 */

export type Agreement = 'agree' | 'contradict' | 'unknown';

export interface EventPair {
  a: string;
  b: string;
  agreement: Agreement;
  reason: string;
}

export interface EventAttribute {
  attribute: string;
  agreement: Agreement;
  pairs: EventPair[];
}

export interface EventNumber {
  key: string;
  cumulative: boolean;
  low: number;
  best: number;
  high: number;
  claims: number;
}

export interface EventMemberQuantity {
  key: string;
  value: number;
  qualifier: string;
  cumulative: boolean;
  text: string;
}

export interface EventMember {
  id: string;
  title: string;
  quote: string;
  translation: string;
  source: string;
  publisher: string;
  eventDate: string;
  endDate: string | null;
  timePrecision: string;
  place: string;
  geoPrecision: number;
  category: string;
  actors: string[];
  numbers: EventMemberQuantity[];
}

export interface EventDetail {
  id: string;
  title: string;
  note: string | null;
  claims: string[];
  statusOverride: string | null;
  overrideReason: string | null;
  version: number;
  status: string;
  derived: {
    status: string;
    reason: string;
    first: string | null;
    last: string | null;
    place: string | null;
    category: string | null;
    sources: string[];
    independentSources: number;
    independence: string;
    contradicted: string[];
    numbers: EventNumber[];
    agreement: EventAttribute[];
    sourceGroups: Array<{ sources: string[]; reasons: string[] }>;
  };
  members: EventMember[];
}

/** An event as a page of `/api/events` lists it: what the map's marker shows. */
export interface EventSummary {
  id: string;
  title: string;
  status: string;
  derived: {
    status: string;
    sources: string[];
    independentSources: number;
    contradicted: string[];
    /** [lon, lat] of the derived place, or null for an event of no placed claim. */
    point: [number, number] | null;
  };
}

export interface EventPage {
  events: EventSummary[];
  next: string | null;
}

export interface EventSuggestion {
  event: string;
  title: string;
  score: number;
  reasons: string[];
}

export interface ClaimEvents {
  event: string | null;
  suggestions: EventSuggestion[];
}

const seg = encodeURIComponent;

export const eventApi = {
  /** One page of events (`bbox`, `limit`, `cursor`). */
  page: (query: URLSearchParams, signal?: AbortSignal) => getJson<EventPage>('events', query, signal),
  /** One event with its version as ETag. */
  event: (id: string) => getTagged<EventDetail>(`events/${seg(id)}`),
  /** The claim's event, if any, and the events it may belong to, best first. */
  ofClaim: (claimId: string) => getJson<ClaimEvents>(`claims/${seg(claimId)}/event-suggestions`),
  /** Puts the claim in the event at the version the caller last read. */
  addClaim: async (eventId: string, etag: string, claimId: string) =>
    (await write<EventDetail>('POST', `events/${seg(eventId)}/claims`, { claim: claimId }, etag)) as Tagged<EventDetail>,
  /** Turns a suggestion down for good. */
  reject: async (eventId: string, claimId: string) => {
    await write<null>('POST', `events/${seg(eventId)}/rejections`, { claim: claimId });
  },
};
