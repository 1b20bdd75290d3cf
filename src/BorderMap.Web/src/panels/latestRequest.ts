import { isAbort } from '../api/api';
import type { PendingWork } from '../api/work';
import { showError } from './errorBanner';

/**
 * A request asked for again and again (each key typed, each slider step): it runs after a short
 * pause, a newer one aborts the older, and both the pause and the request count as pending work,
 * so automation can wait for the screen to catch up. `run` gets an abort signal and should check
 * `signal.aborted` after each await before it shows anything.
 */
export interface LatestRequest {
  /** Runs after the pause, or at once (`immediate`: not typing, nothing to wait for). */
  schedule(immediate?: boolean): void;
  cancel(): void;
}

export function latestRequest(work: PendingWork, delayMs: number, failure: string, run: (signal: AbortSignal) => Promise<void>): LatestRequest {
  let controller: AbortController | null = null;
  let timer: number | undefined;
  let releaseWait: (() => void) | null = null;

  function cancel(): void {
    window.clearTimeout(timer);
    controller?.abort();
    controller = null;
    releaseWait?.();
    releaseWait = null;
  }

  async function start(): Promise<void> {
    const mine = new AbortController();
    controller = mine;
    try {
      await work.track(run(mine.signal));
    } catch (error) {
      if (isAbort(error) || mine.signal.aborted) return;
      showError(failure, error);
    }
  }

  return {
    schedule(immediate = false) {
      cancel();
      void work.track(new Promise<void>((resolve) => (releaseWait = resolve)));
      timer = window.setTimeout(() => {
        releaseWait?.();
        releaseWait = null;
        void start();
      }, immediate ? 0 : delayMs);
    },
    cancel,
  };
}
