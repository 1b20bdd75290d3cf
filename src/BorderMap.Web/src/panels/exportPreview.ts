import { api, isAbort } from '../api/api';
import type { PendingWork } from '../api/work';

/** Waits this long after the last change before rendering a preview. */
const PREVIEW_DEBOUNCE_MS = 350;

export interface ExportPreviewOptions {
  image: HTMLImageElement;
  status: HTMLElement;
  work: PendingWork;
  /** The preview's query, or a reason there is none (an invalid size); read when the debounce ends. */
  query: () => URLSearchParams | { invalid: string };
  /** Whether the dialog still wants the preview when the debounce ends. */
  wanted: () => boolean;
  onRendered: () => void;
  onFailed: (error: unknown) => void;
}

export interface ExportPreview {
  schedule(): void;
  cancel(): void;
}

/**
 * The export preview: a small PNG from the same renderer, asked for once the settings stop
 * changing. The debounce counts as pending work, so automation can wait for the preview.
 */
export function createExportPreview(options: ExportPreviewOptions): ExportPreview {
  const { image, status } = options;
  let timer: number | undefined;
  let request: AbortController | null = null;
  let url: string | null = null;
  let releaseWait: (() => void) | null = null;

  function cancel(): void {
    window.clearTimeout(timer);
    request?.abort();
    request = null;
    releaseWait?.();
    releaseWait = null;
  }

  function render(): void {
    releaseWait?.();
    releaseWait = null;
    if (!options.wanted()) return;
    const query = options.query();
    if (!(query instanceof URLSearchParams)) {
      status.textContent = query.invalid;
      return;
    }
    const controller = new AbortController();
    request = controller;
    void options.work.track(
      api.exportFile(query, controller.signal).then(
        ({ blob }) => {
          if (controller !== request) return;
          if (url) URL.revokeObjectURL(url);
          url = URL.createObjectURL(blob);
          image.src = url;
          image.classList.remove('stale');
          image.dataset['query'] = query.toString();
          status.textContent = 'Preview';
          options.onRendered();
        },
        (error: unknown) => {
          if (isAbort(error) || controller !== request) return;
          image.removeAttribute('src');
          options.onFailed(error);
        },
      ),
    );
  }

  function schedule(): void {
    cancel();
    void options.work.track(new Promise<void>((resolve) => (releaseWait = resolve)));
    status.textContent = 'Rendering preview…';
    status.classList.remove('warning');
    image.classList.add('stale');
    timer = window.setTimeout(render, PREVIEW_DEBOUNCE_MS);
  }

  return { schedule, cancel };
}
