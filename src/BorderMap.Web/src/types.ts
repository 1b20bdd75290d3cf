/** Shapes of the BorderMap HTTP API (same origin, JSON). Plain data, no behaviour. */

export type SymbolKind = 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'hexagon';

export interface CategoryStyle {
  id: string;
  label: string;
  color: string;
  symbol: SymbolKind;
}

export interface AreaColours {
  /** Map background (outside our areas); optional, the UI has a default. */
  background?: string;
  focusFill: string;
  focusStroke: string;
  contextFill: string;
  contextStroke: string;
  countryStroke: string;
  neighbourFill: string;
  river: string;
}

/** Line widths and the claim symbol radius in CSS px (the export renderer reads the same). */
export interface LineWidths {
  focusStroke: number;
  focusCountryStroke: number;
  contextStroke: number;
  coreCountryStroke: number;
  neighbourCountryStroke: number;
  river: number;
  riverCasing: number;
  symbolRadius: number;
}

/** `GET /api/style`: shared with the server-side export renderer. */
export interface StyleDefinition {
  categories: CategoryStyle[];
  areas: AreaColours;
  geoPrecision: Record<string, string>;
  /** Absent on older servers (the UI then uses DEFAULT_LINES). */
  lines?: LineWidths;
}

/** One entry of `GET /api/layers`. */
export interface LayerInfo {
  id: string;
  title: string;
  featureCount: number;
}

export type AreaKind = 'country' | 'province' | 'river';

/** Properties of a feature of `GET /api/layers/{id}`. */
export interface AreaProperties {
  id: string;
  kind: AreaKind;
  country: string;
  name: string;
  localName?: string | null;
  names?: Record<string, string>;
  focus: boolean;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
}

export type TimePrecision = 'day' | 'week' | 'month' | 'year';

/**
 * Properties of a feature of `GET /api/claims?fields=marker`: what the map, the list, the
 * histogram, the filters and the choropleth need (the feature is a Point at `anchor`).
 */
export interface ClaimMarker {
  id: string;
  title: string;
  category: string;
  actors: string[];
  place: string;
  areas: string[];
  /** lon, lat: where the claim's symbol is drawn. */
  anchor: [number, number];
  geoPrecision: number;
  eventDate: string;
  endDate?: string | null;
  timePrecision: TimePrecision;
  status: 'reported' | 'corroborated' | 'disputed';
  /** Edit version (optimistic concurrency). */
  version?: number;
}

/** Properties of a whole claim (`GET /api/claims/{id}`, or `GET /api/claims` without `fields`). */
export interface ClaimProperties extends ClaimMarker {
  refs: string[];
  reportedDate?: string | null;
  source: string;
  quote: Quote;
  translation?: string | null;
  note?: string | null;
  numbers?: Record<string, number> | null;
  /** Stated numbers checked against the geodata; empty (or absent on older servers) when none is measurable. */
  checks?: ClaimCheck[] | null;
  /** Information credibility in the Admiralty code, 1 (confirmed) to 6 (cannot be judged); null when not rated. */
  credibility?: number | null;
  createdAt?: string;
  updatedAt?: string;
}

/** One change of `GET /api/claims/{id}/history`, oldest first. */
export interface HistoryEntry {
  version: number;
  at: string;
  /** Who made the change; null until editors sign in. */
  actor: string | null;
  action: 'create' | 'update' | 'delete';
  oldValue: GeoJsonFeature<ClaimProperties> | null;
  newValue: GeoJsonFeature<ClaimProperties> | null;
}

/** A claim's stated number beside the value measured from the boundaries. */
export interface ClaimCheck {
  /** The key in `numbers`, e.g. `borderKm`. */
  quantity: string;
  claimed: number;
  measured: number;
  /** measured − claimed */
  difference: number;
  /** How it was measured, e.g. "geodesic length of border:TJ/AF-BDS". */
  basis: string;
}

/** One entry of `GET /api/regions`. */
export interface RegionSummary {
  id: string;
  kind: 'country' | 'province';
  name: string;
  localName?: string | null;
  country: string;
  focus: boolean;
}

export interface RegionBorder {
  id: string;
  name: string;
  kind: 'country' | 'province';
  /** Geodesic length of the shared border. */
  km: number;
}

export interface CategoryClaims {
  category: string;
  count: number;
  claimIds: string[];
}

/** `GET /api/regions/{id}` (claims under the given filters). */
export interface RegionProfile {
  id: string;
  kind: 'country' | 'province';
  name: string;
  localName?: string | null;
  names: Record<string, string>;
  country: string;
  countryName?: string | null;
  areaKm2: number;
  /** Longest first. */
  borders: RegionBorder[];
  /** Counts by category, each with the ids of its claims among the region's first 100. */
  claimsByCategory: CategoryClaims[];
  claimCount: number;
  claimsByStatus: FacetCount[];
  /** The most named actors of the region's claims, most first. */
  actors: FacetCount[];
  /** The other areas the region's claims belong to as well, most first. */
  areas: FacetCount[];
  /** The events that lie in the region (their most precisely placed claim), by shown status; they follow the dates and statuses. */
  events: { count: number; byStatus: FacetCount[] };
  /** The claim counts are lower bounds (see `ClaimFacets.atLeast`). */
  countsAtLeast: boolean;
}

/** One hit of `GET /api/search`, best first. */
export interface SearchResult {
  kind: 'region' | 'claim' | 'place';
  id: string;
  name: string;
  /** The name or spelling that matched (e.g. "Badachschan"). */
  matched: string;
  score: number;
  /** [minLon, minLat, maxLon, maxLat] */
  extent: [number, number, number, number];
}

/** One entry of `GET /api/sources`. */
export interface SourceSummary {
  id: string;
  title: string;
  publisher: string;
  language: string;
  publishedDate: string;
}

/** `POST /api/sources`: a source text to register (the server adds its id and SHA-256). */
export interface SourceDraft {
  title: string;
  publisher: string;
  language: string;
  publishedDate: string;
  text: string;
  url?: string;
  translatedFrom?: string;
}

/** `GET /api/sources/{id}`. */
export interface SourceDocument {
  id: string;
  title: string;
  publisher?: string | null;
  language: string;
  translatedFrom?: string | null;
  url?: string | null;
  publishedDate?: string | null;
  sha256?: string;
  notes?: string[];
  text: string;
}

/** Minimal GeoJSON typing: geometry is handed to OpenLayers' reader untouched. */
export interface GeoJsonFeature<P> {
  type: 'Feature';
  id?: string | number;
  geometry: unknown;
  properties: P;
}

export interface GeoJsonFeatureCollection<P> {
  type: 'FeatureCollection';
  features: GeoJsonFeature<P>[];
}

/**
 * `GET /api/basemap`: every boundary layer by id and the towns (points with `id`, `name`, `rank`,
 * `country`), as `/api/layers/{id}` and `/api/towns` answer them one by one.
 */
export interface BaseMap {
  layers: Record<string, GeoJsonFeatureCollection<AreaProperties>>;
  towns: GeoJsonFeatureCollection<unknown>;
}

/** One page of `GET /api/claims`: `next` is the cursor of the following page, null on the last. */
export interface ClaimPage<P> extends GeoJsonFeatureCollection<P> {
  next: string | null;
}

/** `GET /api/claims/histogram?bin=day|week|month`: the non-empty bins by event date, oldest first. */
export interface DateHistogram {
  bin: 'day' | 'week' | 'month';
  bins: Array<{ start: string; count: number }>;
  /** The bins are lower bounds: more claims match than the server could count within its time budget and cap (`--count-budget`, `--count-cap`). */
  atLeast: boolean;
}

/** One count of `GET /api/claims/facets`. */
export interface FacetCount<T = string> {
  value: T;
  count: number;
}

/** `GET /api/claims/facets`: counts of the claims that meet the filters, most first. */
export interface ClaimFacets {
  total: number;
  categories: FacetCount[];
  statuses: FacetCount[];
  precisions: FacetCount<number>[];
  /** The 200 most named. */
  actors: FacetCount[];
  regions: FacetCount[];
  /** Every count is a lower bound: more claims match than the server could count within its time budget and cap (`--count-budget`, `--count-cap`). */
  atLeast: boolean;
}

/** How many claims meet the filters, and whether that is a lower bound. */
export type ClaimTotal = Pick<ClaimFacets, 'total' | 'atLeast'>;

/**
 * What the map knows of a claim it draws from a vector tile (the tile's properties), or of one
 * in the list or selected: enough to name it, date it and draw its symbol.
 */
export type ClaimSummary = Pick<ClaimMarker, 'id' | 'title' | 'category' | 'status' | 'geoPrecision' | 'eventDate' | 'endDate' | 'timePrecision' | 'place' | 'version'>;

/** One claim the extractor proposes (`POST /api/extract`), as the server describes it. */
export interface ClaimProposal {
  source: string | null;
  title: string;
  category: string;
  categoryCue: string | null;
  place: string;
  placeId: string;
  refs: string[];
  geometry: unknown;
  areas: string[];
  geoPrecision: number;
  quote: Quote;
  numbers: Record<string, number>;
}

/** A proposal with its draft: a feature `POST /api/claims` takes once the missing fields are filled in. */
export interface ProposalView {
  proposal: ClaimProposal;
  draft: GeoJsonFeature<ClaimProperties>;
}

export interface ExtractResponse {
  sourceId: string | null;
  language: string | null;
  proposals: ProposalView[];
}

/** `GET /api/session`: who is signed in. `shared` is false for a map serving one local user without tokens. */
export interface Session {
  shared: boolean;
  name: string | null;
  role: 'editor' | 'reader';
}

/** One gazetteer candidate from `/api/geocode`, as the editor's place suggestions show it. */
export interface GeocodeCandidate {
  place: { id: string; kind: string; name: string; lat: number; lon: number; admin1: string; country: string };
  score: number;
  matched: string;
  reason: string;
}
