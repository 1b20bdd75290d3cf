import { type PreparedBaseMap, prepareBaseMap } from '../map/preparedGeoJson';
import type { BaseMap } from '../types';
import { ApiError, getJsonAt } from './api';

/**
 * The base map's worker (started by api/baseMap.ts): asks for `GET /api/basemap` at the URL it is
 * sent, parses it and prepares its features (flat, projected coordinates: map/preparedGeoJson.ts)
 * off the page's main thread, which meanwhile compiles and wires the workbench, and sends back
 * the prepared base map or the failure.
 */
export interface BaseMapAnswer {
  baseMap?: PreparedBaseMap;
  failure?: { status: number; message: string };
}

self.addEventListener('message', (event: MessageEvent<{ url: string }>) => {
  void answer(event.data.url).then((reply) => self.postMessage(reply));
});

async function answer(url: string): Promise<BaseMapAnswer> {
  try {
    return { baseMap: prepareBaseMap(await getJsonAt<BaseMap>(url)) };
  } catch (error) {
    const status = error instanceof ApiError ? error.status : 0;
    return { failure: { status, message: error instanceof Error ? error.message : String(error) } };
  }
}
