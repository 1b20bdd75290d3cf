import { api, ApiError, cachedSource } from '../api/api';
import type { FullClaim } from '../api/fullClaims';
import { createProposals } from '../editor/proposals';
import { el, replaceChildren } from '../shared/dom';
import { actionButton, askToDelete } from './claimDelete';
import { appendClaimEvents } from './claimEvents';
import { renderClaimPanel } from './claimPanel';
import { type DetailsContext, errorText } from './detailsContext';
import { renderHistory } from './historyView';
import { openSourceReader } from './sourceReader';

/** A claim in the right panel: fetched whole when selected (the map holds lean markers only). */
export function showClaim(context: DetailsContext, id: string): void {
  const { options } = context;
  const mine = context.next();
  const marker = options.claims.get(id);
  replaceChildren(options.root, el('p', { className: 'loading', testId: 'claim-loading' }, marker ? `Loading “${marker.title}”…` : 'Loading the claim…'));
  void options.work.track(
    options.fullClaims.load(id, marker?.version).then(
      (claim) => context.isCurrent(mine) && renderClaim(context, claim, mine),
      (error: unknown) => {
        if (!context.isCurrent(mine)) return;
        const text = error instanceof ApiError && error.status === 404 ? `Unknown claim: ${id}` : `Could not load claim ${id}: ${errorText(error)}`;
        replaceChildren(options.root, el('p', { className: 'warning', testId: 'details-unknown' }, text));
      },
    ),
  );
}

function claimActions(context: DetailsContext, claim: FullClaim, footer: HTMLElement, mine: number): HTMLElement[] {
  const { options } = context;
  const history = actionButton('History', 'claim-history-button', () => void showHistory(context, claim));
  if (!options.canEdit) return [history];
  const onReload = () => {
    options.fullClaims.forget(claim.props.id);
    showClaim(context, claim.props.id);
  };
  return [
    actionButton('Edit', 'claim-edit', () => options.onEdit(claim)),
    history,
    actionButton('Delete…', 'claim-delete', () => askToDelete({ claim, footer, context, token: mine, onReload })),
  ];
}

export function renderClaim(context: DetailsContext, claim: FullClaim, mine: number): void {
  const { options } = context;
  const footer = el('div', { className: 'action-footer', attrs: { 'aria-live': 'polite' } });
  const panel = renderClaimPanel({
    claim: claim.props,
    style: options.style,
    category: options.category,
    areaName: options.areaName,
    onShowSource: () => openReader(context, claim, mine),
    actions: claimActions(context, claim, footer, mine),
    footer,
  });
  replaceChildren(options.root, panel.element);
  options.root.scrollTop = 0;
  appendClaimEvents({ context, claimId: claim.props.id, parent: panel.element, token: mine, onBack: () => renderClaim(context, claim, context.next()), onOpenClaim: (id) => showClaim(context, id) });
  cachedSource(claim.props.source).then(
    (source) => context.isCurrent(mine) && panel.setSource(source),
    (error: unknown) => context.isCurrent(mine) && panel.setSource(null, errorText(error)),
  );
}

/** "Show in source": the wide source reader, with "Propose claims from this source" for editors. */
function openReader(context: DetailsContext, claim: FullClaim, mine: number): void {
  const { options } = context;
  const proposals = (sourceId: string, close: () => void) =>
    createProposals({
      sourceId,
      work: options.work,
      categoryLabel: (id) => options.category(id).label,
      // The editor opens in the panel the reader covers: close the reader first.
      onAccept: (values) => {
        close();
        options.onPropose(values);
      },
    });
  void openSourceReader({
    claim: claim.props,
    work: options.work,
    selection: options.selection,
    proposals: options.canEdit ? proposals : null,
    stillWanted: () => context.isCurrent(mine),
    fallbackFocus: () => options.root.querySelector<HTMLElement>('[data-testid="show-in-source"]'),
  });
}

async function showHistory(context: DetailsContext, claim: FullClaim): Promise<void> {
  const { options } = context;
  const mine = context.next();
  const id = claim.props.id;
  const render = (entries: Parameters<typeof renderHistory>[0]['entries'], error: string | null) =>
    replaceChildren(options.root, renderHistory({ claimId: id, title: claim.props.title, entries, error, onBack: () => renderClaim(context, claim, context.next()) }));
  render(null, null);
  options.root.scrollTop = 0;
  try {
    const entries = await options.work.track(api.history(id));
    if (context.isCurrent(mine)) render(entries, null);
  } catch (error) {
    if (context.isCurrent(mine)) render(null, errorText(error));
  }
}
