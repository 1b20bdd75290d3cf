import type {
  AreaProperties,
  ClaimProperties,
  GeoJsonFeature,
  GeoJsonFeatureCollection,
  LayerInfo,
  SourceDocument,
  StyleDefinition,
} from './types';

/** A failed API call, carrying the problem+json title/detail when the server sent one. */
export class ApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Resolves `api/...` against the page, so the UI works wherever the server mounts it. */
function apiUrl(path: string): string {
  return new URL(`api/${path}`, document.baseURI).toString();
}

async function problemMessage(response: Response): Promise<string> {
  const fallback = `${response.status} ${response.statusText}`.trim();
  try {
    const type = response.headers.get('content-type') ?? '';
    if (!type.includes('json')) return fallback;
    const body: unknown = await response.json();
    if (body && typeof body === 'object') {
      const { title, detail } = body as { title?: unknown; detail?: unknown };
      const parts = [title, detail].filter((p): p is string => typeof p === 'string' && p.length > 0);
      if (parts.length > 0) return `${parts.join(': ')} (${response.status})`;
    }
  } catch {
    // Unparseable error body: fall back to the status line.
  }
  return fallback;
}

async function getJson<T>(path: string): Promise<T> {
  const url = apiUrl(path);
  let response: Response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (error) {
    throw new ApiError(url, 0, `Network error: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new ApiError(url, response.status, await problemMessage(response));
  try {
    return (await response.json()) as T;
  } catch {
    throw new ApiError(url, response.status, 'The server sent a response that is not valid JSON');
  }
}

const seg = encodeURIComponent;

export const api = {
  style: () => getJson<StyleDefinition>('style'),
  layers: () => getJson<LayerInfo[]>('layers'),
  layer: (id: string) => getJson<GeoJsonFeatureCollection<AreaProperties>>(`layers/${seg(id)}`),
  claims: () => getJson<GeoJsonFeatureCollection<ClaimProperties>>('claims'),
  claim: (id: string) => getJson<GeoJsonFeature<ClaimProperties>>(`claims/${seg(id)}`),
  source: (id: string) => getJson<SourceDocument>(`sources/${seg(id)}`),
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
