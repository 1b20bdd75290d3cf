import type { CategoryLookup } from '../shared/categories';
import { definitionList, el } from '../shared/dom';
import { countLabel } from '../shared/countBound';
import { capitalize, formatArea, formatKm, formatShortRange } from '../shared/format';
import { renderNames } from './namesList';
import { countBadge, regionRankings, regionTotals } from './regionCounts';
import { symbolImage } from '../map/symbols';
import type { ClaimSummary, RegionProfile } from '../types';

export interface RegionPanelOptions {
  /** What the area layer knows at once (name, kind); the profile fills in the rest. */
  header: { id: string; kind: string; name: string; localName?: string | null; focus?: boolean };
  /** null while loading. */
  profile: RegionProfile | null;
  /** A message when the profile could not be loaded. */
  error?: string | null;
  /** Whether any claim filter is active (the claim counts then say so). */
  filtered: boolean;
  category: CategoryLookup;
  claim: (id: string) => ClaimSummary | null;
  onSelectClaim: (id: string) => void;
  onHoverClaim: (id: string | null) => void;
  onSelectRegion: (id: string) => void;
  onZoom: () => void;
  /** The display name of an area id, for the areas the region's claims belong to as well. */
  areaName: (id: string) => string | null;
}

function borders(profile: RegionProfile, onSelect: (id: string) => void): HTMLElement {
  const rows = profile.borders.map((border) => {
    const button = el(
      'button',
      { className: 'link-row', attrs: { type: 'button', title: `Show ${border.name}` } },
      el('span', { className: 'row-label' }, border.name),
      el('span', { className: 'muted kind' }, border.kind),
      el('span', { className: 'km' }, formatKm(border.km)),
    );
    button.addEventListener('click', () => onSelect(border.id));
    return el('li', { attrs: { 'data-border-id': border.id } }, button);
  });
  return el(
    'div',
    null,
    el('h3', null, 'Shared borders'),
    rows.length
      ? el('ul', { className: 'plain-list borders', testId: 'region-borders', attrs: { 'aria-label': 'Shared borders, longest first' } }, ...rows)
      : el('p', { className: 'muted', testId: 'region-borders' }, 'No shared land borders in the data.'),
  );
}

function claims(options: RegionPanelOptions, profile: RegionProfile): HTMLElement {
  const total = profile.claimCount;
  const groups = profile.claimsByCategory.map((group) => {
    const style = options.category(group.category);
    const items = group.claimIds.map((id) => {
      const claim = options.claim(id);
      const button = el(
        'button',
        { className: 'link-row claim-link', attrs: { type: 'button', 'data-claim-id': id } },
        el('span', { className: 'row-label' }, claim?.title ?? id),
        claim ? el('span', { className: 'muted date' }, formatShortRange(claim.eventDate, claim.endDate, claim.timePrecision)) : null,
      );
      button.addEventListener('click', () => options.onSelectClaim(id));
      button.addEventListener('mouseenter', () => options.onHoverClaim(id));
      button.addEventListener('mouseleave', () => options.onHoverClaim(null));
      button.addEventListener('focus', () => options.onHoverClaim(id));
      button.addEventListener('blur', () => options.onHoverClaim(null));
      return el('li', null, button);
    });
    return el(
      'li',
      { className: 'claim-group', attrs: { 'data-category': group.category } },
      el(
        'div',
        { className: 'group-head' },
        symbolImage(style, 16),
        el('span', { className: 'row-label' }, style.label),
        countBadge(group.count, profile.countsAtLeast),
      ),
      el('ul', { className: 'plain-list' }, ...items),
    );
  });
  const scope = options.filtered ? ' under the current filters' : '';
  return el(
    'div',
    { testId: 'region-claims', attrs: { 'data-count': String(total) } },
    el('h3', null, 'Claims by category'),
    regionTotals(profile, scope ? `, ${scope.trim()}` : ''),
    el('p', { className: 'muted summary' }, total ? `${capitalize(countLabel(total, profile.countsAtLeast))} placed in or referring to this ${options.header.kind}${scope}.` : `No claims${scope}.`),
    groups.length ? el('ul', { className: 'plain-list claim-groups' }, ...groups) : null,
  );
}

/** A selected country or province: names, country, area, shared borders and its claims. */
export function renderRegionPanel(options: RegionPanelOptions): HTMLElement {
  const { header, profile } = options;
  const zoom = el('button', { className: 'button button-quiet', testId: 'zoom-to-region', attrs: { type: 'button' } }, 'Zoom to region');
  zoom.addEventListener('click', options.onZoom);
  const localName = profile?.localName ?? header.localName;
  return el(
    'section',
    {
      className: 'card area region',
      testId: 'area-panel',
      attrs: { 'data-area-id': header.id, 'data-loaded': profile ? 'true' : 'false', 'aria-label': 'Selected region' },
    },
    el('div', { className: 'eyebrow' }, capitalize(header.kind), header.focus ? el('span', { className: 'status status-focus' }, 'Focus') : null),
    el('h2', { testId: 'area-name' }, profile?.names?.['en'] ?? profile?.name ?? header.name),
    localName ? el('p', { className: 'local-name', testId: 'area-local-name', attrs: { dir: 'auto' } }, localName) : null,
    el('div', { className: 'actions' }, zoom),
    options.error ? el('p', { className: 'warning' }, `Could not load the region’s details: ${options.error}`) : null,
    ...(profile
      ? [
          definitionList([
            ['Country', profile.countryName ? `${profile.countryName} (${profile.country})` : profile.country],
            ['Area', el('span', { testId: 'region-area' }, formatArea(profile.areaKm2))],
            ['Id', el('code', null, profile.id)],
          ]),
          renderNames(profile.names),
          borders(profile, options.onSelectRegion),
          claims(options, profile),
          ...regionRankings(profile, options.areaName),
        ]
      : [options.error ? null : el('p', { className: 'loading' }, 'Loading…')]),
  );
}
