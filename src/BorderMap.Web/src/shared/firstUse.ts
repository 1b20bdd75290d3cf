/**
 * A part of the workbench that a first view does not show (the editor, the export dialog, the
 * source reader, a claim's history), loaded on first use: `load` (a dynamic `import()`) runs on
 * the first call and every later call shares its answer, so the first render's chunk does not
 * carry its code. A failed load is forgotten, so the next use asks again.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Uses a part loaded on first use once it is in, `button` (the one that asked for it) marked busy
 * meanwhile; a failed load goes to `failed`. The returned promise settles when it is done.
 */
export function whenLoaded<T>(button: HTMLElement, loading: Promise<T>, use: (part: T) => void, failed: (error: unknown) => void): Promise<void> {
  button.setAttribute('aria-busy', 'true');
  return loading.then(use, failed).finally(() => button.removeAttribute('aria-busy'));
}
