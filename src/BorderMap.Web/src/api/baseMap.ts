import { type PreparedBaseMap, prepareBaseMap } from '../map/preparedGeoJson';
import { api, ApiError, apiUrl } from './api';
import type { BaseMapAnswer } from './baseMapWorker';

/** Reads the base map on the page's main thread: when it was not asked early, or no worker could read it. */
export function readBaseMapHere(): Promise<PreparedBaseMap> {
  return api.baseMap().then(prepareBaseMap);
}

/**
 * The base map (`GET /api/basemap`: every area layer and the towns, ~350 KiB of GeoJSON) for the
 * first render, asked for, parsed and projected in a worker (api/baseMapWorker.ts), so that the
 * page's main thread spends that time compiling and wiring the workbench instead. The worker
 * starts now, so that its script loads beside the first answers; it is asked once `wanted`
 * resolves true (the user is signed in), and ended unasked otherwise (null). Where no worker
 * starts, or its script fails to load, the base map is read on the main thread as before.
 */
export function readBaseMap(wanted: Promise<boolean>): Promise<PreparedBaseMap | null> {
  const worker = startWorker();
  return wanted.then((yes) => {
    if (!yes) {
      worker?.terminate();
      return null;
    }
    return worker ? askWorker(worker, apiUrl('basemap')) : readBaseMapHere();
  });
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./baseMapWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function askWorker(worker: Worker, url: string): Promise<PreparedBaseMap> {
  return new Promise((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<BaseMapAnswer>) => {
      worker.terminate();
      if (data.baseMap) resolve(data.baseMap);
      else reject(new ApiError(url, data.failure?.status ?? 0, data.failure?.message ?? 'The base map could not be read'));
    };
    worker.onerror = (event) => {
      // The worker's script did not load or run: read the base map here rather than show no map.
      event.preventDefault();
      worker.terminate();
      resolve(readBaseMapHere());
    };
    worker.postMessage({ url });
  });
}
