import './mapKeyboard.css';
import { containsCoordinate } from 'ol/extent';
import type OlMap from 'ol/Map';
import type { CategoryLookup } from '../shared/categories';
import { el } from '../shared/dom';
import type { SelectionStore } from '../state/selection';
import type { ClaimSummary } from '../types';
import type { ClaimsLayer } from './claimsLayer';

/**
 * The map from the keyboard: it takes focus (Tab, or a click) and shows a focus ring; arrow
 * keys pan and + / − zoom (OpenLayers' keyboard interactions, which listen on the map's target);
 * N or ] selects the next claim drawn on its own in view and P or [ the previous one (claims in
 * a cluster badge are reached by zooming in), in the order the tiles hold them, so the details panel shows each in turn; Escape clears the selection
 * (interaction.ts). Each step is announced to screen readers through a polite live region.
 */

const NEXT_KEYS = new Set(['n', 'N', ']']);
const PREVIOUS_KEYS = new Set(['p', 'P', '[']);
const HELP = 'Map. Arrow keys pan, plus and minus zoom, N and P step through the claims on the map, Escape clears the selection.';

/** What is announced for a selected claim: its place in the sequence, title, category and date. */
export function describeStep(claim: Pick<ClaimSummary, 'title' | 'eventDate'>, categoryLabel: string, index: number, count: number): string {
  return `Claim ${index + 1} of ${count}: ${claim.title}. ${categoryLabel}, ${claim.eventDate}.`;
}

/** The id `step` claims after `current` (wrapping around), or the first/last one when nothing is selected. */
export function stepFrom(ids: readonly string[], current: string | null, step: 1 | -1): string | null {
  if (ids.length === 0) return null;
  const at = current === null ? -1 : ids.indexOf(current);
  if (at < 0) return step === 1 ? (ids[0] ?? null) : (ids[ids.length - 1] ?? null);
  return ids[(at + step + ids.length) % ids.length] ?? null;
}

export function wireMapKeyboard(map: OlMap, claims: ClaimsLayer, selection: SelectionStore, category: CategoryLookup): void {
  const target = map.getTargetElement();
  if (!target) throw new Error('The map has no target element');
  target.tabIndex = 0;
  target.setAttribute('role', 'application');
  target.setAttribute('aria-roledescription', 'map');
  target.setAttribute('aria-label', HELP);
  const announcer = el('div', { className: 'map-announcer', testId: 'map-announcer', attrs: { 'aria-live': 'polite', role: 'status' } });
  target.after(announcer);
  // A click on the map also gives it the keys (OpenLayers' pointer handling may keep the browser from focusing it).
  target.addEventListener('pointerdown', () => target.focus({ preventScroll: true }));

  const reveal = (id: string) => {
    const anchor = claims.anchorOf(id);
    const size = map.getSize();
    if (anchor && size && !containsCoordinate(map.getView().calculateExtent(size), anchor)) map.getView().animate({ center: anchor, duration: 250 });
  };

  target.addEventListener('keydown', (event) => {
    if (event.target !== target || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Escape') {
      if (selection.get()) announcer.textContent = 'Selection cleared.';
      return; // interaction.ts clears the selection
    }
    const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const drawn = claims.drawn();
    const current = selection.get();
    const id = stepFrom(drawn.map((claim) => claim.id), current?.kind === 'claim' ? current.id : null, step);
    const claim = drawn.find((c) => c.id === id);
    if (!id || !claim) {
      announcer.textContent = 'No claims on the map.';
      return;
    }
    selection.set({ kind: 'claim', id });
    reveal(id);
    announcer.textContent = describeStep(claim, category(claim.category).label, drawn.indexOf(claim), drawn.length);
  });
}
