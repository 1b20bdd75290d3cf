import { api } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { Placement } from '../map/placeTool';
import type { GeocodeCandidate } from '../types';

/**
 * Gazetteer suggestions under the claim editor's place field: as the researcher types the name as
 * the source writes it (any spelling or script), the geocoder's best candidates are offered;
 * choosing one places the claim there — a region reference for a province or country, a point
 * otherwise — while the field keeps the source's spelling.
 */
export function attachPlaceSuggestions(
  input: HTMLInputElement,
  isRegion: (id: string) => boolean,
  onChoose: (placement: Placement) => void,
): HTMLElement {
  const list = el('ul', { className: 'place-suggestions', testId: 'place-suggestions', attrs: { role: 'listbox' } });
  let timer: number | undefined;
  let pending: AbortController | null = null;

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => void suggest(input.value.trim()), 250);
  });

  async function suggest(text: string): Promise<void> {
    pending?.abort();
    if (text.length < 2) {
      replaceChildren(list);
      return;
    }
    pending = new AbortController();
    try {
      const candidates = await api.geocode(text, 5, pending.signal);
      replaceChildren(list, ...candidates.map((candidate, index) => row(candidate, index)));
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) replaceChildren(list);
    }
  }

  function row(candidate: GeocodeCandidate, index: number): HTMLElement {
    const { place } = candidate;
    const button = el(
      'button',
      { className: 'button button-quiet', testId: `place-suggestion-${index}`, attrs: { type: 'button', role: 'option' } },
      `${place.name} — ${candidate.reason}`,
    );
    button.addEventListener('click', () => {
      onChoose(
        isRegion(place.id)
          ? { kind: 'refs', refs: [`region:${place.id}`] }
          : { kind: 'geometry', geometry: { type: 'Point', coordinates: [place.lon, place.lat] } },
      );
      replaceChildren(list);
    });
    return el('li', null, button);
  }

  return list;
}
