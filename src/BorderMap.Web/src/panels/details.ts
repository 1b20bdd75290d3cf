import { api, ApiError, cachedSource, isAbort } from '../api/api';
import { renderAreaPanel } from './areaPanel';
import type { CategoryLookup } from '../shared/categories';
import { renderClaimPanel } from './claimPanel';
import type { ClaimsLayer } from '../map/claimsLayer';
import { el, replaceChildren } from '../shared/dom';
import { showError } from './errorBanner';
import { filterQuery, type Filters, isUnfiltered } from '../state/filters';
import type { FullClaim, FullClaims } from '../api/fullClaims';
import { renderHistory } from './historyView';
import type { AreaFeature } from '../map/layers';
import { renderRegionPanel } from './regionPanel';
import type { Selection, SelectionStore } from '../state/selection';
import { renderSourceViewer } from './sourceViewer';
import { createProposals } from '../editor/proposals';
import type { DraftValues } from '../editor/claimDraft';
import type { Store } from '../state/store';
import { areaProps, englishName } from '../map/style';
import type { RegionProfile, StyleDefinition } from '../types';
import type { PendingWork } from '../api/work';

export interface DetailsOptions {
  root: HTMLElement;
  style: StyleDefinition;
  category: CategoryLookup;
  claims: ClaimsLayer;
  fullClaims: FullClaims;
  selection: SelectionStore;
  filters: Store<Filters>;
  work: PendingWork;
  areaName: (id: string) => string | null;
  countryName: (code: string) => string | null;
  area: (id: string) => AreaFeature | null;
  /** Whether `/api/regions/{id}` knows the area (countries and provinces; rivers are not regions). */
  isRegion: (id: string) => boolean;
  zoomToArea: (id: string) => void;
  /** Whether the signed-in user may change claims; readers get no Edit, Delete or proposals. */
  canEdit: boolean;
  /** Opens the claim editor on this claim. */
  onEdit: (claim: FullClaim) => void;
  /** Opens the claim editor on a proposal the researcher accepted (a new claim). */
  onPropose: (values: DraftValues) => void;
  /** After the claim was deleted on the server. */
  onDeleted: (id: string) => void;
}

export interface Details {
  /**
   * Shows `element` (the claim editor) instead of the selection until the returned function is
   * called; selection changes meanwhile show once it is released.
   */
  hold(element: HTMLElement): () => void;
  /** Shows the current selection again (after an edit changed it). */
  refresh(): void;
}

function placeholder(): HTMLElement {
  return el(
    'div',
    { className: 'placeholder', testId: 'details-empty' },
    el('h2', null, 'Nothing selected'),
    el('p', null, 'Click a claim symbol or a row of the claim list to read its quote and source, or click a province or country to see its names, borders and claims.'),
  );
}

function unknownClaim(id: string): HTMLElement {
  return el('p', { className: 'warning', testId: 'details-unknown' }, `Unknown claim: ${id}`);
}

/**
 * The right panel: shows the current selection (claim, region, other area or nothing) and, on
 * request, the claim's source text or history. A claim's quote, translation and note are
 * fetched when it is selected (the map holds lean markers only). A token guards against late
 * responses for an older selection.
 */
export function createDetails(options: DetailsOptions): Details {
  const { root, selection } = options;
  let token = 0;
  let regionRequest: AbortController | null = null;
  let held = false;

  function showClaim(id: string): void {
    const mine = ++token;
    const marker = options.claims.get(id);
    replaceChildren(root, el('p', { className: 'loading', testId: 'claim-loading' }, marker ? `Loading “${marker.title}”…` : 'Loading the claim…'));
    void options.work.track(
      options.fullClaims.load(id, marker?.version).then(
        (claim) => mine === token && renderClaim(claim, mine),
        (error: unknown) => {
          if (mine !== token) return;
          if (error instanceof ApiError && error.status === 404) replaceChildren(root, unknownClaim(id));
          else replaceChildren(root, el('p', { className: 'warning', testId: 'details-unknown' }, `Could not load claim ${id}: ${error instanceof Error ? error.message : String(error)}`));
        },
      ),
    );
  }

  function actionButton(label: string, testId: string, onClick: () => void, quiet = true): HTMLButtonElement {
    const button = el('button', { className: quiet ? 'button button-quiet' : 'button', testId, attrs: { type: 'button' } }, label);
    button.addEventListener('click', onClick);
    return button;
  }

  function renderClaim(claim: FullClaim, mine: number): void {
    const id = claim.props.id;
    const footer = el('div', { className: 'action-footer', attrs: { 'aria-live': 'polite' } });
    const confirmDelete = () => {
      const yes = actionButton('Delete', 'claim-delete-confirm', () => void remove(), false);
      yes.classList.add('button-danger');
      const no = actionButton('Keep it', 'claim-delete-cancel', () => replaceChildren(footer));
      replaceChildren(
        footer,
        el('div', { className: 'confirm', testId: 'claim-delete-prompt' }, el('p', null, 'Delete this claim? Its history keeps every version.'), el('div', { className: 'actions' }, yes, no)),
      );
    };
    const remove = async () => {
      try {
        await options.work.track(api.deleteClaim(id, claim.etag ?? `"${claim.props.version ?? 0}"`));
        options.fullClaims.forget(id);
        options.onDeleted(id);
      } catch (error) {
        if (mine !== token) return;
        const conflict = error instanceof ApiError && (error.status === 412 || error.status === 409);
        const current = conflict ? Number(error.problem?.['currentVersion']) : NaN;
        const reload = actionButton('Show the current version', 'claim-reload', () => {
          options.fullClaims.forget(id);
          showClaim(id);
        });
        replaceChildren(
          footer,
          el(
            'div',
            { className: 'conflict', testId: 'claim-conflict' },
            el('p', null, conflict
              ? `Not deleted: someone changed this claim since you opened it${Number.isFinite(current) ? ` (it is now version ${current})` : ''}. Read the current version before deleting it.`
              : `Not deleted: ${error instanceof Error ? error.message : String(error)}`),
            conflict ? reload : null,
          ),
        );
      }
    };
    const panel = renderClaimPanel({
      claim: claim.props,
      style: options.style,
      category: options.category,
      areaName: options.areaName,
      onShowSource: () => void showSource(claim, mine),
      actions: options.canEdit
        ? [
            actionButton('Edit', 'claim-edit', () => options.onEdit(claim)),
            actionButton('History', 'claim-history-button', () => void showHistory(claim)),
            actionButton('Delete…', 'claim-delete', confirmDelete),
          ]
        : [actionButton('History', 'claim-history-button', () => void showHistory(claim))],
      footer,
    });
    replaceChildren(root, panel.element);
    root.scrollTop = 0;
    cachedSource(claim.props.source).then(
      (source) => mine === token && panel.setSource(source),
      (error: unknown) => mine === token && panel.setSource(null, error instanceof Error ? error.message : String(error)),
    );
  }

  async function showSource(claim: FullClaim, mine: number): Promise<void> {
    try {
      const source = await cachedSource(claim.props.source);
      if (mine !== token) return;
      const proposals = options.canEdit
        ? createProposals({
            sourceId: source.id,
            work: options.work,
            categoryLabel: (id) => options.category(id).label,
            onAccept: options.onPropose,
          })
        : null;
      replaceChildren(root, renderSourceViewer({ source, quote: claim.props.quote ?? null, onBack: () => renderClaim(claim, mine), proposals }));
    } catch (error) {
      showError(`Could not load source “${claim.props.source}”`, error);
    }
  }

  async function showHistory(claim: FullClaim): Promise<void> {
    const mine = ++token;
    const id = claim.props.id;
    const render = (entries: Parameters<typeof renderHistory>[0]['entries'], error: string | null) =>
      replaceChildren(root, renderHistory({ claimId: id, title: claim.props.title, entries, error, onBack: () => renderClaim(claim, ++token) }));
    render(null, null);
    root.scrollTop = 0;
    try {
      const entries = await options.work.track(api.history(id));
      if (mine === token) render(entries, null);
    } catch (error) {
      if (mine === token) render(null, error instanceof Error ? error.message : String(error));
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
    const controller = new AbortController();
    regionRequest = controller;
    void options.work.track(
      api.region(id, filterQuery(filters), controller.signal).then(
        (profile) => mine === token && render(profile, null),
        (error: unknown) => {
          if (isAbort(error) || mine !== token) return;
          render(null, error instanceof Error ? error.message : String(error));
        },
      ),
    );
  }

  function show(current: Selection, keepScroll = false): void {
    if (held) return;
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

  return {
    hold(element) {
      token++;
      regionRequest?.abort();
      held = true;
      replaceChildren(root, element);
      root.scrollTop = 0;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held = false;
        show(selection.get());
      };
    },
    refresh() {
      show(selection.get(), true);
    },
  };
}
