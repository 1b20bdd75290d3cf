import type OlMap from 'ol/Map';
import type { ClientBadge } from '../map/claimsLayer';
import type { ClientLabel } from '../map/labelPixels';
import type { AppState } from './urlState';

/**
 * Stable hooks for browser tests (Playwright), as `window.borderMap`:
 * - `map`: the OpenLayers map;
 * - `ready`: resolves once every area layer, the claim counts and the claim tiles in view are loaded, the state from the URL
 *   is applied and the first render has completed; rejects with the first load error;
 * - `settled()`: resolves once no request is pending (claims, the selected claim, region panel,
 *   history, saves, search, export preview, including their debounce) and the map has rendered
 *   what they brought;
 * - `claimPixel(id)`: client (viewport) CSS pixel of the claim's drawn symbol, spread offset
 *   included, or null when the claim is hidden, inside a cluster badge (the tiles cluster below
 *   zoom 10; the selected claim is always drawn on its own) or outside the map view;
 * - `clusterPixel()`: client CSS pixel of the cluster badge in view that counts the most claims
 *   (a click there zooms in), or null when no badge is drawn;
 * - `clusterBadges()`: every cluster badge whose centre is in view: client CSS pixel, radius
 *   (CSS px) and count;
 * - `regionPixel(id)`: a client pixel inside the area where a click selects it (no claim
 *   symbol, event marker or map control there), or null when none is on screen;
 * - `drawnClaimIds()`: the ids of the claims drawn on their own in view now (from the rendered
 *   tiles), sorted;
 * - `drawnClaimCount()`: how many claims are drawn in view, alone or counted in cluster badges;
 * - `hoveredClaimId()`: the claim highlighted by hovering (on the map or in the list), or null;
 * - `placedLabels()`: the area, country and town labels drawn now, with their boxes in client
 *   pixels;
 * - `state()`: the screen's URL state (what the permalink encodes).
 * The pixel hooks render the map synchronously first, so a click at the returned point hits
 * what is drawn there now. The page does not scroll, so these are also page coordinates; pass
 * them to `page.mouse.click`.
 */
export interface BorderMapAutomation {
  map: OlMap;
  ready: Promise<void>;
  settled(): Promise<void>;
  claimPixel(id: string): [number, number] | null;
  clusterPixel(): [number, number] | null;
  clusterBadges(): ClientBadge[];
  regionPixel(id: string): [number, number] | null;
  drawnClaimIds(): string[];
  drawnClaimCount(): number;
  hoveredClaimId(): string | null;
  placedLabels(): ClientLabel[];
  state(): AppState;
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
