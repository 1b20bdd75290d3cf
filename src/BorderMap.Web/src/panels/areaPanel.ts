import { definitionList, el } from '../shared/dom';
import { capitalize } from '../shared/format';
import { renderNames } from './namesList';
import { englishName } from '../map/style';
import type { AreaProperties } from '../types';

export interface AreaPanelOptions {
  area: AreaProperties;
  countryName: (code: string) => string | null;
}

/** A selected country, province or river: its names in every language we hold. */
export function renderAreaPanel({ area, countryName }: AreaPanelOptions): HTMLElement {
  const country = countryName(area.country);
  return el(
    'section',
    { className: 'card area', testId: 'area-panel', attrs: { 'data-area-id': area.id, 'aria-label': 'Selected area' } },
    el('div', { className: 'eyebrow' }, capitalize(area.kind ?? 'area'), area.focus ? el('span', { className: 'status status-focus' }, 'Focus') : null),
    el('h2', { testId: 'area-name' }, englishName(area)),
    area.localName ? el('p', { className: 'local-name', testId: 'area-local-name', attrs: { dir: 'auto' } }, area.localName) : null,
    definitionList([
      ['Country', country ? `${country} (${area.country})` : area.country],
      ['Id', el('code', null, area.id)],
    ]),
    renderNames(area.names),
  );
}
