import { api, ApiError, cachedSource } from '../api/api';
import type { FullClaim } from '../api/fullClaims';
import { el, replaceChildren } from '../shared/dom';
import { onFirstUse } from '../shared/firstUse';
import { actionButton, askToDelete } from './claimDelete';
import { appendClaimEvents } from './claimEvents';
import { renderClaimPanel } from './claimPanel';
import { type DetailsContext, errorText } from './detailsContext';
import { showError } from './errorBanner';
import type { HistoryViewOptions } from './historyView';

// The source reader (with the proposals it offers editors) and the history are read on request:
// their code loads on first use, not with the first view.
const readerCode = onFirstUse(() => Promise.all([import('./sourceReader'), import('../editor/proposals')]));
const historyCode = onFirstUse(() => import('./historyView'));

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
  void options.work.track(readerCode()).then(
    ([{ openSourceReader }, { createProposals }]) => {
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
      return openSourceReader({
        claim: claim.props,
        work: options.work,
        selection: options.selection,
        proposals: options.canEdit ? proposals : null,
        stillWanted: () => context.isCurrent(mine),
        fallbackFocus: () => options.root.querySelector<HTMLElement>('[data-testid="show-in-source"]'),
      });
    },
    (error: unknown) => showError('Could not load the source reader.', error),
  );
}

async function showHistory(context: DetailsContext, claim: FullClaim): Promise<void> {
  const { options } = context;
  const mine = context.next();
  const id = claim.props.id;
  // Asked for beside the view's code, read once the code is in.
  const answer = options.work.track(api.history(id));
  answer.catch(() => undefined);
  let view: typeof import('./historyView');
  try {
    view = await options.work.track(historyCode());
  } catch (error) {
    if (context.isCurrent(mine)) showError('Could not load the claim’s history.', error);
    return;
  }
  if (!context.isCurrent(mine)) return;
  const render = (entries: HistoryViewOptions['entries'], error: string | null) =>
    replaceChildren(options.root, view.renderHistory({ claimId: id, title: claim.props.title, entries, error, onBack: () => renderClaim(context, claim, context.next()) }));
  render(null, null);
  options.root.scrollTop = 0;
  try {
    const entries = await answer;
    if (context.isCurrent(mine)) render(entries, null);
  } catch (error) {
    if (context.isCurrent(mine)) render(null, errorText(error));
  }
}
