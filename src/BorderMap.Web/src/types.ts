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

/** `GET /api/style`: shared with the server-side export renderer. */
export interface StyleDefinition {
  categories: CategoryStyle[];
  areas: AreaColours;
  geoPrecision: Record<string, string>;
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

/** Properties of a feature of `GET /api/claims`. */
export interface ClaimProperties {
  id: string;
  title: string;
  category: string;
  actors: string[];
  place: string;
  refs: string[];
  areas: string[];
  anchor: [number, number];
  geoPrecision: number;
  eventDate: string;
  endDate?: string | null;
  timePrecision: TimePrecision;
  reportedDate?: string | null;
  source: string;
  quote: Quote;
  translation?: string | null;
  note?: string | null;
  status: 'reported' | 'corroborated' | 'disputed' | string;
  numbers?: Record<string, number> | null;
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
