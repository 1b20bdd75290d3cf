import type { GeoJsonGeometry, Placement } from '../map/placeTool';
import type { ClaimProperties, GeoJsonFeature } from '../types';

/**
 * The claim editor's values and the request body they become (a GeoJSON feature shaped like
 * the API's claims, for `POST /api/claims` and `PUT /api/claims/{id}`), and which form field a
 * server error names. Pure functions.
 */

export interface DraftValues {
  source: string;
  quote: { text: string; start: number | null; end: number | null };
  placement: Placement | null;
  /** The areas the placement lies in or names (ids). */
  areas: string[];
  place: string;
  title: string;
  category: string;
  /** Comma-separated names. */
  actors: string;
  eventDate: string;
  endDate: string;
  timePrecision: string;
  reportedDate: string;
  geoPrecision: string;
  status: string;
  translation: string;
  note: string;
  /** Admiralty information credibility "1"–"6", or "" when not rated. */
  credibility: string;
  /** Stated numbers (e.g. from an accepted proposal); the editor shows but does not change them. */
  numbers?: Record<string, number>;
}

export const EMPTY_DRAFT: DraftValues = {
  source: '',
  quote: { text: '', start: null, end: null },
  placement: null,
  areas: [],
  place: '',
  title: '',
  category: '',
  actors: '',
  eventDate: '',
  endDate: '',
  timePrecision: 'day',
  reportedDate: '',
  geoPrecision: '',
  status: 'reported',
  translation: '',
  note: '',
  credibility: '',
};

export function splitActors(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((a) => a.trim()).filter((a) => a.length > 0))];
}

/** A stored claim's values, for editing it. */
export function valuesOf(claim: ClaimProperties, geometry: GeoJsonGeometry | null): DraftValues {
  const refs = claim.refs ?? [];
  return {
    source: claim.source,
    quote: { text: claim.quote?.text ?? '', start: claim.quote?.start ?? null, end: claim.quote?.end ?? null },
    placement: refs.length ? { kind: 'refs', refs: [...refs] } : geometry ? { kind: 'geometry', geometry } : null,
    areas: [...(claim.areas ?? [])],
    place: claim.place ?? '',
    title: claim.title ?? '',
    category: claim.category ?? '',
    actors: (claim.actors ?? []).join(', '),
    eventDate: claim.eventDate ?? '',
    endDate: claim.endDate ?? '',
    timePrecision: claim.timePrecision ?? 'day',
    reportedDate: claim.reportedDate ?? '',
    geoPrecision: claim.geoPrecision ? String(claim.geoPrecision) : '',
    status: claim.status ?? 'reported',
    translation: claim.translation ?? '',
    note: claim.note ?? '',
    credibility: claim.credibility ? String(claim.credibility) : '',
    numbers: { ...(claim.numbers ?? {}) },
  };
}

/**
 * The request body. Empty fields are sent as null, so that the server names every missing
 * required one at once. An edit keeps the claim's
 * id and its stated numbers (the editor does not change them).
 */
export function featureOf(values: DraftValues, base: ClaimProperties | null): GeoJsonFeature<Partial<ClaimProperties>> {
  const placement = values.placement;
  const quote: Record<string, unknown> = { text: values.quote.text || null };
  if (values.quote.start !== null && values.quote.end !== null) {
    quote['start'] = values.quote.start;
    quote['end'] = values.quote.end;
  }
  const geoPrecision = Number(values.geoPrecision);
  const properties: Record<string, unknown> = {
    title: values.title.trim() || null,
    category: values.category || null,
    actors: splitActors(values.actors),
    place: values.place.trim() || null,
    refs: placement?.kind === 'refs' ? placement.refs : [],
    areas: values.areas,
    geoPrecision: values.geoPrecision && Number.isInteger(geoPrecision) ? geoPrecision : null,
    eventDate: values.eventDate || null,
    endDate: values.endDate || null,
    timePrecision: values.timePrecision || null,
    reportedDate: values.reportedDate || null,
    source: values.source || null,
    quote,
    translation: values.translation.trim() || null,
    note: values.note.trim() || null,
    status: values.status || null,
    credibility: values.credibility ? Number(values.credibility) : null,
  };
  if (base) {
    properties['id'] = base.id;
    if (base.numbers && Object.keys(base.numbers).length) properties['numbers'] = base.numbers;
  } else if (values.numbers && Object.keys(values.numbers).length) {
    properties['numbers'] = values.numbers;
  }
  const feature: GeoJsonFeature<Partial<ClaimProperties>> = {
    type: 'Feature',
    geometry: placement?.kind === 'geometry' ? placement.geometry : null,
    properties: properties,
  };
  if (base) feature.id = base.id;
  return feature;
}

/** Form fields that show their own errors. */
export const EDITOR_FIELDS = [
  'source',
  'quote',
  'geometry',
  'place',
  'geoPrecision',
  'title',
  'category',
  'actors',
  'eventDate',
  'endDate',
  'timePrecision',
  'reportedDate',
  'status',
  'translation',
  'note',
  'credibility',
] as const;

/** The form field a server error key names (`quote.text` → quote, `refs[0]` → geometry), or null. */
export function errorField(key: string): string | null {
  const head = key.replace(/\[\d+\]/g, '').split('.')[0] ?? '';
  if (head === 'refs' || head === 'areas' || head === 'geometry') return 'geometry';
  return (EDITOR_FIELDS as readonly string[]).includes(head) ? head : null;
}

/** A geo-precision to suggest for a placement (1 exact site … 4 country), given which areas are countries. */
export function suggestedPrecision(placement: Placement, isCountry: (id: string) => boolean): number {
  if (placement.kind === 'refs') {
    const regions = placement.refs.map((ref) => /^region:(.+)$/.exec(ref)?.[1]).filter((id): id is string => !!id);
    return regions.length && regions.every(isCountry) ? 4 : 3;
  }
  return placement.geometry.type === 'Point' ? 2 : 3;
}
