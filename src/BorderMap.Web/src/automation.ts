import type OlMap from 'ol/Map';

/**
 * Stable hooks for browser tests (Playwright), as `window.borderMap`:
 * - `map`: the OpenLayers map;
 * - `ready`: resolves once every area layer and the claims are loaded and the first render has
 *   completed; rejects with the first load error;
 * - `claimPixel(id)`: client (viewport) CSS pixel of the claim's drawn symbol, spread offset
 *   included, or null when the claim is unknown, hidden or outside the map view. It renders the
 *   map synchronously first, so a click at the returned point hits what is drawn there now. The
 *   page does not scroll, so these are also page coordinates; pass them to `page.mouse.click`.
 */
export interface BorderMapAutomation {
  map: OlMap;
  ready: Promise<void>;
  claimPixel(id: string): [number, number] | null;
}

declare global {
  interface Window {
    borderMap?: BorderMapAutomation;
  }
}

export function exposeAutomation(hooks: BorderMapAutomation): void {
  hooks.ready.catch(() => undefined); // the rejection is reported by the error banner
  window.borderMap = hooks;
}
