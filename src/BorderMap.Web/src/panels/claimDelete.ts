import { api, ApiError } from '../api/api';
import type { FullClaim } from '../api/fullClaims';
import { el, replaceChildren } from '../shared/dom';
import { type DetailsContext, errorText } from './detailsContext';

export function actionButton(label: string, testId: string, onClick: () => void, quiet = true): HTMLButtonElement {
  const button = el('button', { className: quiet ? 'button button-quiet' : 'button', testId, attrs: { type: 'button' } }, label);
  button.addEventListener('click', onClick);
  return button;
}

/** Why the delete failed: a conflict names the current version and offers to show it. */
function notDeleted(error: unknown, onReload: () => void): HTMLElement {
  const conflict = error instanceof ApiError && (error.status === 412 || error.status === 409);
  const current = conflict ? Number(error.problem?.['currentVersion']) : NaN;
  return el(
    'div',
    { className: 'conflict', testId: 'claim-conflict' },
    el('p', null, conflict
      ? `Not deleted: someone changed this claim since you opened it${Number.isFinite(current) ? ` (it is now version ${current})` : ''}. Read the current version before deleting it.`
      : `Not deleted: ${errorText(error)}`),
    conflict ? actionButton('Show the current version', 'claim-reload', onReload) : null,
  );
}

export interface DeleteFlow {
  claim: FullClaim;
  /** Where the question and the outcome appear, under the claim's action row. */
  footer: HTMLElement;
  context: DetailsContext;
  token: number;
  /** Shows the claim again, fetched anew (after a conflict). */
  onReload: () => void;
}

/** "Delete…": asks first, then deletes with the version the panel shows (If-Match). */
export function askToDelete(flow: DeleteFlow): void {
  const { claim, footer, context } = flow;
  const { options } = context;
  const id = claim.props.id;
  const remove = async () => {
    try {
      await options.work.track(api.deleteClaim(id, claim.etag ?? `"${claim.props.version ?? 0}"`));
      options.fullClaims.forget(id);
      options.onDeleted(id);
    } catch (error) {
      if (context.isCurrent(flow.token)) replaceChildren(footer, notDeleted(error, flow.onReload));
    }
  };
  const yes = actionButton('Delete', 'claim-delete-confirm', () => void remove(), false);
  yes.classList.add('button-danger');
  const no = actionButton('Keep it', 'claim-delete-cancel', () => replaceChildren(footer));
  replaceChildren(
    footer,
    el('div', { className: 'confirm', testId: 'claim-delete-prompt' }, el('p', null, 'Delete this claim? Its history keeps every version.'), el('div', { className: 'actions' }, yes, no)),
  );
}
