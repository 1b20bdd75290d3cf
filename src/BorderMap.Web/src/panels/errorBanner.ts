import { ApiError } from '../api/api';
import { byId, el, replaceChildren } from '../shared/dom';

/** The one place failures are shown to the user: a dismissible banner under the top bar. */
export function showError(context: string, error: unknown): void {
  const banner = byId('error-banner');
  const message = error instanceof Error ? error.message : String(error);
  const where = error instanceof ApiError ? error.url : null;
  const dismiss = el('button', { className: 'banner-dismiss', attrs: { type: 'button', 'aria-label': 'Dismiss' } }, '×');
  dismiss.addEventListener('click', () => {
    banner.hidden = true;
  });
  replaceChildren(
    banner,
    el('strong', null, context),
    el('span', { className: 'banner-message' }, message),
    where ? el('code', { className: 'banner-url' }, where) : null,
    dismiss,
  );
  banner.hidden = false;
  console.error(context, error);
}
