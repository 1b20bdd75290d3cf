import { api, ApiError } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { Session } from '../types';

/**
 * Who is using the map. A BorderMap serving one local user answers at once; a shared one answers
 * 401 until the user signs in with their access token, which the server keeps in an HttpOnly
 * cookie (so this page never stores it). The page then reloads as the signed-in user.
 */
export async function ensureSession(root: HTMLElement, asked: Promise<Session> = api.session()): Promise<Session> {
  try {
    return await asked;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  root.append(signInForm());
  // The map starts again, signed in, once the form succeeds; until then it waits here.
  return new Promise<Session>(() => undefined);
}

function signInForm(): HTMLElement {
  const token = el('input', {
    className: 'sign-in-token',
    testId: 'sign-in-token',
    attrs: { type: 'password', autocomplete: 'current-password', required: '', 'aria-label': 'Access token', spellcheck: 'false' },
  });
  const error = el('p', { className: 'field-error', testId: 'sign-in-error', attrs: { role: 'alert' } });
  const submit = el('button', { className: 'button', testId: 'sign-in-submit', attrs: { type: 'submit' } }, 'Sign in');
  const form = el(
    'form',
    { className: 'sign-in', testId: 'sign-in', attrs: { 'aria-labelledby': 'sign-in-heading' } },
    el('h2', { attrs: { id: 'sign-in-heading' } }, 'Sign in to BorderMap'),
    el('p', null, 'This map is shared. Enter the access token you were given; it decides whether you may only view claims or also edit them.'),
    el('label', null, 'Access token', token),
    error,
    submit,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit.disabled = true;
    replaceChildren(error);
    api.signIn(token.value).then(
      () => location.reload(),
      (failure: unknown) => {
        submit.disabled = false;
        replaceChildren(error, failure instanceof ApiError ? (failure.problem?.['detail'] as string | undefined) ?? failure.message : String(failure));
        token.select();
      },
    );
  });
  return el('div', { className: 'sign-in-backdrop' }, form);
}

/** The top bar's "name · role · Sign out" for a shared map; nothing for the local user. */
export function renderSessionBadge(root: HTMLElement, session: Session): void {
  if (!session.shared) return;
  const signOut = el('button', { className: 'button button-quiet', testId: 'sign-out', attrs: { type: 'button' } }, 'Sign out');
  signOut.addEventListener('click', () => void api.signOut().finally(() => location.reload()));
  replaceChildren(
    root,
    el('span', { className: 'session-name', testId: 'session-name' }, session.name ?? ''),
    el('span', { className: 'session-role', testId: 'session-role' }, session.role === 'editor' ? 'editor' : 'read-only'),
    signOut,
  );
}
