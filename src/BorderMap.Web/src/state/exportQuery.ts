import { MIN_DPI } from './exportSize';
import { filterQuery, type Filters } from './filters';

/**
 * The `/api/export` query for the export dialog's settings and the screen it starts from.
 * Pure: the dialog and the tests build the same URL.
 */

export type ExportFormat = 'png' | 'svg' | 'pdf';

/** Which text the quote panel prints: the source's words, the English translation, or both (the renderer's default). */
export const QUOTE_TEXTS = ['both', 'original', 'translation'] as const;
export type QuoteText = (typeof QUOTE_TEXTS)[number];

export const PAPERS = ['A4-landscape', 'A4-portrait', 'A3-landscape', 'A3-portrait', 'Letter-landscape', 'Letter-portrait'] as const;
export type Paper = (typeof PAPERS)[number];

/** Paper sizes in mm (portrait), for the preview's resolution. */
const PAPER_MM: Record<string, [number, number]> = { A4: [210, 297], A3: [297, 420], Letter: [215.9, 279.4] };

export interface ExportSettings {
  format: ExportFormat;
  width: number;
  height: number;
  dpi: number;
  paper: Paper;
  title: string;
  subtitle: string;
  /** Label language: a language code or `local`; English by default. */
  lang: string;
  quotes: QuoteText;
  /** SVG only: text as outlines (no fonts needed to view it). */
  outlines: boolean;
  /** The current view's bounding box, or the selected region. */
  scope: 'view' | 'region';
}

export interface ExportContext {
  /** [minLon, minLat, maxLon, maxLat] of the current view. */
  bbox: number[];
  /** The selected region's id, if a region is selected. */
  region: string | null;
  filters: Filters;
  /** The selected claim's id, if a claim is selected. */
  selectedClaim: string | null;
  /** Ids of the layers hidden on screen (countries, provinces, rivers, claims); the export leaves them out too. */
  hiddenLayerIds: string[];
}

const EXPORT_LAYERS = ['countries', 'provinces', 'rivers', 'towns', 'claims'];

function roundCoordinate(value: number): string {
  return String(Math.round(value * 1e5) / 1e5);
}

/**
 * `preview` asks for a PNG about `preview.width` px wide of the same page: the same size in
 * inches at a lower DPI, so the title, legend and panels take the same share of the picture
 * as in the real file.
 */
export function exportQuery(settings: ExportSettings, context: ExportContext, preview?: { width: number }): URLSearchParams {
  const query = new URLSearchParams();
  if (preview && settings.format === 'pdf') {
    const [name, orientation] = settings.paper.split('-') as [string, string];
    const [w, h] = PAPER_MM[name] ?? [210, 297];
    const inches = (orientation === 'landscape' ? h : w) / 25.4;
    query.set('format', 'png');
    query.set('paper', settings.paper);
    query.set('dpi', String(Math.max(MIN_DPI, Math.round(preview.width / inches))));
  } else if (preview) {
    const dpi = Math.max(MIN_DPI, Math.round((settings.dpi * preview.width) / Math.max(1, settings.width)));
    const scale = dpi / Math.max(1, settings.dpi);
    query.set('format', 'png');
    query.set('width', String(Math.max(1, Math.round(settings.width * scale))));
    query.set('height', String(Math.max(1, Math.round(settings.height * scale))));
    query.set('dpi', String(dpi));
  } else {
    query.set('format', settings.format);
    if (settings.format === 'pdf') query.set('paper', settings.paper);
    else {
      query.set('width', String(Math.round(settings.width)));
      query.set('height', String(Math.round(settings.height)));
      query.set('dpi', String(Math.round(settings.dpi)));
    }
  }
  if (settings.format === 'svg' && settings.outlines && !preview) query.set('outlines', 'true');
  if (settings.lang && settings.lang !== 'en') query.set('lang', settings.lang);
  // Both is the renderer's default, so the address stays short.
  if (settings.quotes !== 'both') query.set('quotes', settings.quotes);
  if (settings.title.trim()) query.set('title', settings.title.trim());
  if (settings.subtitle.trim()) query.set('subtitle', settings.subtitle.trim());
  if (settings.scope === 'region' && context.region) query.set('region', context.region);
  else query.set('bbox', context.bbox.map(roundCoordinate).join(','));
  for (const [key, value] of filterQuery(context.filters)) query.set(key, value);
  if (context.selectedClaim) query.set('selected', context.selectedClaim);
  if (context.hiddenLayerIds.length) query.set('layers', EXPORT_LAYERS.filter((id) => !context.hiddenLayerIds.includes(id)).join(','));
  return query;
}
