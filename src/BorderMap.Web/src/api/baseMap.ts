import { type PreparedBaseMap, prepareBaseMapBytes } from '../map/preparedGeoJson';
import { api } from './api';
import type { BaseMapAnswer } from './baseMapWorker';

/** Reads the base map on the page's main thread: when it was not asked for early (the user signed in later). */
export function readBaseMapHere(): Promise<PreparedBaseMap> {
  return api.baseMapBytes().then(prepareBaseMapBytes);
}

/**
 * The base map (`GET /api/basemap`: every area layer and the towns, ~350 KiB of GeoJSON) for the
 * first render, parsed and projected in a worker (api/baseMapWorker.ts), so that the page's main
 * thread spends that time compiling, wiring and drawing the workbench instead. It is asked for
 * here, with the other first answers, as soon as `wanted` resolves true (the user is signed in);
 * the worker starts now, so that it is ready by the time the answer is in, and is ended unasked
 * when the user is not signed in (null). Where no worker starts, or it fails, the bytes are read
 * on the main thread as before.
 */
export function readBaseMap(wanted: Promise<boolean>): Promise<PreparedBaseMap | null> {
  const worker = startWorker();
  return wanted.then(async (yes) => {
    if (!yes) {
      worker?.end();
      return null;
    }
    const body = await api.baseMapBytes().catch((error: unknown) => {
      worker?.end();
      throw error;
    });
    return worker ? worker.prepare(body) : prepareBaseMapBytes(body);
  });
}

function startWorker(): BaseMapWorker | null {
  try {
    return typeof Worker === 'undefined' ? null : new BaseMapWorker();
  } catch {
    return null;
  }
}

class BaseMapWorker {
  private readonly worker = new Worker(new URL('./baseMapWorker.ts', import.meta.url), { type: 'module' });
  /** Resolves if the worker's script fails to load or run, which may happen before it is asked anything. */
  private readonly failed = new Promise<void>((resolve) =>
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      resolve();
    }),
  );

  prepare(body: ArrayBuffer): Promise<PreparedBaseMap> {
    const answered = new Promise<PreparedBaseMap>((resolve, reject) => {
      this.worker.onmessage = ({ data }: MessageEvent<BaseMapAnswer>) => (data.baseMap ? resolve(data.baseMap) : reject(new Error(data.failure ?? 'The base map could not be read')));
    });
    // Sent as a copy (not transferred), so that the bytes are still here to read if the worker fails.
    this.worker.postMessage(body);
    return Promise.race([answered, this.failed.then(() => prepareBaseMapBytes(body))]).finally(() => this.end());
  }

  end(): void {
    this.worker.terminate();
  }
}
