import type {
  ClaimMarker,
  ClaimFacets,
  ClaimPage,
  ClaimProperties,
  DateHistogram,
  ExtractResponse,
  GeocodeCandidate,
  GeoJsonFeature,
  HistoryEntry,
  LayerInfo,
  RegionProfile,
  RegionSummary,
  SearchResult,
  Session,
  SourceDocument,
  SourceDraft,
  SourceSummary,
  StyleDefinition,
} from '../types';
import type { AnchorPage, QuoteAnchor } from './anchorTypes';

/** A failed API call, carrying the problem+json title/detail when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
    /** problem+json `errors`: parameter or field → messages. */
    readonly errors: Record<string, string[]> = {},
    /** The whole problem+json body (e.g. a version conflict's `current` claim), if any. */
    readonly problem: Record<string, unknown> | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Whether an error only means that a newer request superseded this one. */
export function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

/** Resolves `api/...` against the page, so the UI works wherever the server mounts it. */
export function apiUrl(path: string, query?: URLSearchParams): string {
  const url = new URL(`api/${path}`, document.baseURI);
  if (query) url.search = query.toString();
  return url.toString();
}

async function problem(url: string, response: Response): Promise<ApiError> {
  const fallback = `${response.status} ${response.statusText}`.trim();
  try {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) return new ApiError(url, response.status, fallback);
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const { title, detail, errors } = body as { title?: unknown; detail?: unknown; errors?: unknown };
      const parts = [title, detail].filter((p): p is string => typeof p === 'string' && p.length > 0);
      const fields = errors && typeof errors === 'object' ? (errors as Record<string, string[]>) : {};
      const message = parts.length > 0 ? `${parts.join(': ')} (${response.status})` : fallback;
      return new ApiError(url, response.status, message, fields, body as Record<string, unknown>);
    }
  } catch {
    // Unparseable error body: fall back to the status line.
  }
  return new ApiError(url, response.status, fallback);
}

async function send(url: string, accept: string, signal?: AbortSignal, init: RequestInit = {}): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, headers: { Accept: accept, ...(init.headers as Record<string, string> | undefined) }, signal: signal ?? null });
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(url, 0, `Network error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw await problem(url, response);
  return response;
}

/** What a JSON answer that does not parse is reported as. */
export const NOT_JSON = 'The server sent a response that is not valid JSON';

async function readJson<T>(url: string, response: Response): Promise<T> {
  try {
    return (await response.json()) as T;
  } catch (error) {
    if (isAbort(error)) throw error;
    throw new ApiError(url, response.status, NOT_JSON);
  }
}

export async function getJson<T>(path: string, query?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const url = apiUrl(path, query);
  return readJson<T>(url, await send(url, 'application/json', signal));
}

/** A JSON answer with its ETag (a claim's version, for `If-Match`). */
export interface Tagged<T> {
  value: T;
  etag: string | null;
}

export async function getTagged<T>(path: string): Promise<Tagged<T>> {
  const url = apiUrl(path);
  const response = await send(url, 'application/json');
  return { value: await readJson<T>(url, response), etag: response.headers.get('etag') };
}

/** A state-changing request with a JSON body (the browser adds our own Origin, which the server checks). */
export async function write<T>(method: 'POST' | 'PUT' | 'DELETE', path: string, body: unknown, ifMatch?: string): Promise<Tagged<T | null>> {
  const url = apiUrl(path);
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await send(url, 'application/json', undefined, {
    method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const value = response.status === 204 ? null : await readJson<T>(url, response);
  return { value, etag: response.headers.get('etag') };
}

/** A downloaded file and the name the server suggests for it. */
export interface FileResult {
  blob: Blob;
  fileName: string | null;
}

/** The file name of a Content-Disposition header (RFC 6266; `filename*` wins). */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  return plain ? (plain[2] ?? plain[1] ?? '').trim() || null : null;
}

async function getFile(path: string, query: URLSearchParams, signal?: AbortSignal): Promise<FileResult> {
  const response = await send(apiUrl(path, query), '*/*', signal);
  return { blob: await response.blob(), fileName: dispositionFileName(response.headers.get('content-disposition')) };
}

const seg = encodeURIComponent;

/** The largest page `GET /api/claims` answers. */
const MAX_PAGE = 5_000;

/** `GET /api/claims?fields=marker&limit=…[&cursor=…]&…`: one page of lean markers under the filters in `query`. */
function markerPage(query: URLSearchParams, limit: number, cursor: string | null, signal?: AbortSignal): Promise<ClaimPage<ClaimMarker>> {
  const params = new URLSearchParams(query);
  params.set('fields', 'marker');
  params.set('limit', String(Math.min(MAX_PAGE, limit)));
  if (cursor !== null) params.set('cursor', cursor);
  return getJson<ClaimPage<ClaimMarker>>('claims', params, signal);
}

export const api = {
  session: () => getJson<Session>('session'),
  signIn: async (token: string) => (await write<Session>('POST', 'session', { token })).value as Session,
  signOut: async () => {
    await write<null>('DELETE', 'session', undefined);
  },
  style: () => getJson<StyleDefinition>('style'),
  layers: () => getJson<LayerInfo[]>('layers'),
  /** Every area layer and the towns in one answer (a first load asks for it early: app/early.ts). */
  /** The base map's JSON undecoded, for its worker to parse (api/baseMap.ts). */
  baseMapBytes: async () => (await send(apiUrl('basemap'), 'application/json')).arrayBuffer(),
  /** One page of lean markers (the claim list); `cursor` is the previous page's `next`. */
  markerPage,
  /** `GET /api/claims/facets?…`: counts by category, status, precision, actor and region under the filters. */
  facets: (query: URLSearchParams, signal?: AbortSignal) => getJson<ClaimFacets>('claims/facets', query, signal),
  /** `GET /api/changes`: the store's position now (no `after`), or once it moves past `after` (a long poll). */
  changes: (after: string | null, signal?: AbortSignal) =>
    getJson<{ position: string }>('changes', after === null ? new URLSearchParams() : new URLSearchParams({ after }), signal),
  /** `GET /api/claims/histogram?bin=…&…`: claims per day, week or month under the filters in `query`. */
  histogram: (query: URLSearchParams, signal?: AbortSignal) => getJson<DateHistogram>('claims/histogram', query, signal),
  /** One whole claim, with its version as the ETag. */
  claim: (id: string) => getTagged<GeoJsonFeature<ClaimProperties>>(`claims/${seg(id)}`),
  /** `GET /api/claims?source=…`: one page of the claims quoting a source, whole (the source reader numbers their quotes). */
  claimsOfSource: (sourceId: string, limit: number) => getJson<ClaimPage<ClaimProperties>>('claims', new URLSearchParams({ source: sourceId, limit: String(limit) })),
  history: (id: string) => getJson<HistoryEntry[]>(`claims/${seg(id)}/history`),
  createClaim: async (feature: GeoJsonFeature<Partial<ClaimProperties>>) =>
    (await write<GeoJsonFeature<ClaimProperties>>('POST', 'claims', feature)) as Tagged<GeoJsonFeature<ClaimProperties>>,
  updateClaim: async (id: string, etag: string, feature: GeoJsonFeature<Partial<ClaimProperties>>) =>
    (await write<GeoJsonFeature<ClaimProperties>>('PUT', `claims/${seg(id)}`, feature, etag)) as Tagged<GeoJsonFeature<ClaimProperties>>,
  deleteClaim: async (id: string, etag: string) => {
    await write<null>('DELETE', `claims/${seg(id)}`, undefined, etag);
  },
  sources: () => getJson<SourceSummary[]>('sources'),
  source: (id: string) => getJson<SourceDocument>(`sources/${seg(id)}`),
  registerSource: async (draft: SourceDraft) => (await write<SourceDocument>('POST', 'sources', draft)).value as SourceDocument,
  /** `GET /api/sources/{id}/anchors`: the quotes re-anchored into this source version (first page). */
  anchors: (sourceId: string) => getJson<AnchorPage>(`sources/${seg(sourceId)}/anchors`),
  /** `POST /api/sources/{id}/anchors/{claimId}`: accepts or rejects a fuzzy anchor. */
  reviewAnchor: async (sourceId: string, claimId: string, decision: 'accept' | 'reject') =>
    (await write<QuoteAnchor>('POST', `sources/${seg(sourceId)}/anchors/${seg(claimId)}`, { decision })).value as QuoteAnchor,
  /** `POST /api/extract {sourceId}`: claims the extractor proposes from a registered source. */
  extract: async (sourceId: string) => (await write<ExtractResponse>('POST', 'extract', { sourceId })).value as ExtractResponse,
  regions: () => getJson<RegionSummary[]>('regions'),
  region: (id: string, query?: URLSearchParams, signal?: AbortSignal) => getJson<RegionProfile>(`regions/${seg(id)}`, query, signal),
  search: (text: string, signal?: AbortSignal) => getJson<SearchResult[]>('search', new URLSearchParams({ q: text }), signal),
  geocode: (text: string, limit: number, signal?: AbortSignal) =>
    getJson<GeocodeCandidate[]>('geocode', new URLSearchParams({ q: text, limit: String(limit) }), signal),
  /** `GET /api/export?...`: the rendered map file. */
  exportFile: (query: URLSearchParams, signal?: AbortSignal) => getFile('export', query, signal),
};

const sourceCache = new Map<string, Promise<SourceDocument>>();

/** Sources are immutable for a session and shared by many claims: fetch each once. */
export function cachedSource(id: string): Promise<SourceDocument> {
  let pending = sourceCache.get(id);
  if (!pending) {
    pending = api.source(id);
    pending.catch(() => sourceCache.delete(id));
    sourceCache.set(id, pending);
  }
  return pending;
}
