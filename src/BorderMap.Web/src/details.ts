import { api, cachedSource, isAbort } from './api';
import { renderAreaPanel } from './areaPanel';
import type { CategoryLookup } from './categories';
import { renderClaimPanel } from './claimPanel';
import type { ClaimsLayer } from './claimsLayer';
import { el, replaceChildren } from './dom';
import { showError } from './errorBanner';
import { excludesAll, filterQuery, type Filters, isUnfiltered } from './filters';
import type { AreaFeature } from './layers';
import { renderRegionPanel } from './regionPanel';
import type { Selection, SelectionStore } from './selection';
import { renderSourceViewer } from './sourceViewer';
import type { Store } from './store';
import { areaProps, englishName } from './style';
import type { RegionProfile, StyleDefinition } from './types';
import type { PendingWork } from './work';

export interface DetailsOptions {
  root: HTMLElement;
  style: StyleDefinition;
  category: CategoryLookup;
  claims: ClaimsLayer;
  selection: SelectionStore;
  filters: Store<Filters>;
  work: PendingWork;
  areaName: (id: string) => string | null;
  countryName: (code: string) => string | null;
  area: (id: string) => AreaFeature | null;
  /** Whether `/api/regions/{id}` knows the area (countries and provinces; rivers are not regions). */
  isRegion: (id: string) => boolean;
  zoomToArea: (id: string) => void;
}

function placeholder(): HTMLElement {
  return el(
    'div',
    { className: 'placeholder', testId: 'details-empty' },
    el('h2', null, 'Nothing selected'),
    el('p', null, 'Click a claim symbol or a row of the claim list to read its quote and source, or click a province or country to see its names, borders and claims.'),
  );
}

/**
 * The right panel: shows the current selection (claim, region, other area or nothing) and, on
 * request, the claim's source text. A region's details follow the filters. A token guards
 * against late responses for an older selection.
 */
export function createDetails(options: DetailsOptions): void {
  const { root, selection } = options;
  let token = 0;
  let regionRequest: AbortController | null = null;

  function showClaim(id: string): void {
    const claim = options.claims.get(id);
    const mine = ++token;
    if (!claim) {
      replaceChildren(root, el('p', { className: 'warning', testId: 'details-unknown' }, `Unknown claim: ${id}`));
      return;
    }
    const panel = renderClaimPanel({
      claim,
      style: options.style,
      category: options.category,
      areaName: options.areaName,
      onShowSource: () => void showSource(id, mine),
    });
    replaceChildren(root, panel.element);
    root.scrollTop = 0;
    cachedSource(claim.source).then(
      (source) => mine === token && panel.setSource(source),
      (error: unknown) => mine === token && panel.setSource(null, error instanceof Error ? error.message : String(error)),
    );
  }

  async function showSource(id: string, mine: number): Promise<void> {
    const claim = options.claims.get(id);
    if (!claim) return;
    try {
      const source = await cachedSource(claim.source);
      if (mine !== token) return;
      replaceChildren(root, renderSourceViewer({ source, quote: claim.quote ?? null, onBack: () => showClaim(id) }));
    } catch (error) {
      showError(`Could not load source “${claim.source}”`, error);
    }
  }

  function showRegion(id: string, keepScroll: boolean): void {
    const mine = ++token;
    regionRequest?.abort();
    const feature = options.area(id);
    const props = feature ? areaProps(feature) : null;
    const header = {
      id,
      kind: props?.kind ?? 'region',
      name: props ? englishName(props) : id,
      localName: props?.localName ?? null,
      focus: props?.focus ?? false,
    };
    const filters = options.filters.get();
    const render = (profile: RegionProfile | null, error: string | null) => {
      const scroll = root.scrollTop;
      replaceChildren(
        root,
        renderRegionPanel({
          header,
          profile,
          error,
          filtered: !isUnfiltered(filters),
          category: options.category,
          claim: (claimId) => options.claims.get(claimId),
          onSelectClaim: (claimId) => selection.set({ kind: 'claim', id: claimId }),
          onHoverClaim: (claimId) => options.claims.setHovered(claimId),
          onSelectRegion: (regionId) => selection.set({ kind: 'area', id: regionId }),
          onZoom: () => options.zoomToArea(id),
        }),
      );
      root.scrollTop = keepScroll ? scroll : 0;
    };
    if (!keepScroll) render(null, null);
    // With every box of some filter unchecked no claim passes (the API cannot express that),
    // but the region's own facts still show.
    const none = excludesAll(filters);
    const controller = new AbortController();
    regionRequest = controller;
    void options.work.track(
      api.region(id, none ? undefined : filterQuery(filters), controller.signal).then(
        (profile) => mine === token && render(none ? { ...profile, claimsByCategory: [] } : profile, null),
        (error: unknown) => {
          if (isAbort(error) || mine !== token) return;
          render(null, error instanceof Error ? error.message : String(error));
        },
      ),
    );
  }

  function show(current: Selection, keepScroll = false): void {
    if (!current) {
      token++;
      regionRequest?.abort();
      replaceChildren(root, placeholder());
    } else if (current.kind === 'claim') {
      regionRequest?.abort();
      showClaim(current.id);
    } else if (options.isRegion(current.id)) {
      showRegion(current.id, keepScroll);
    } else {
      token++;
      regionRequest?.abort();
      const feature = options.area(current.id);
      replaceChildren(
        root,
        feature
          ? renderAreaPanel({ area: areaProps(feature), countryName: options.countryName })
          : el('p', { className: 'warning', testId: 'details-unknown' }, `Unknown area: ${current.id}`),
      );
      root.scrollTop = 0;
    }
  }

  selection.subscribe((current) => show(current));
  // The region panel's claims follow the filters.
  options.filters.subscribe(() => {
    const current = selection.get();
    if (current?.kind === 'area' && options.isRegion(current.id)) show(current, true);
  });
  show(selection.get());
}
