import type { ApiError } from '../api/api';
import { type FullClaim, readFullClaim } from '../api/fullClaims';
import { changedFields } from '../panels/historyView';
import { el, replaceChildren } from '../shared/dom';
import type { ClaimProperties, GeoJsonFeature } from '../types';

/**
 * An edit that lost a race (412, or 409): what the other change did, and the two ways on: save
 * mine over the version stored now, or discard mine and edit theirs.
 */

export interface ConflictChoices {
  /** Save over `version`; `current` is the stored claim (null when the server did not send it). */
  overwrite: (current: FullClaim | null, version: number) => void;
  editTheirs: (current: FullClaim, feature: GeoJsonFeature<ClaimProperties>) => void;
}

function changesList(base: FullClaim | null, current: GeoJsonFeature<ClaimProperties> | undefined): HTMLElement | null {
  const theirs = current && base ? changedFields(base.feature, current) : [];
  if (!theirs.length) return null;
  return el(
    'ul',
    { className: 'history-changes', testId: 'editor-conflict-changes' },
    ...theirs.map((c) => el('li', { attrs: { 'data-field': c.field } }, el('span', { className: 'history-field' }, c.field), el('del', null, c.before), ' → ', el('ins', null, c.after))),
  );
}

export function showConflict(box: HTMLElement, error: ApiError, base: FullClaim | null, choices: ConflictChoices): void {
  const currentVersion = Number(error.problem?.['currentVersion']);
  const current = error.problem?.['current'] as GeoJsonFeature<ClaimProperties> | undefined;
  const changes = changesList(base, current);
  const overwrite = el('button', { className: 'button', testId: 'editor-overwrite', attrs: { type: 'button' } }, `Save mine over version ${Number.isFinite(currentVersion) ? currentVersion : '?'}`);
  const reload = el('button', { className: 'button button-quiet', testId: 'editor-load-current', attrs: { type: 'button' } }, 'Discard mine, edit theirs');
  overwrite.addEventListener('click', () => {
    box.hidden = true;
    choices.overwrite(current ? readFullClaim(current, null) : null, currentVersion);
  });
  reload.addEventListener('click', () => {
    if (!current) return;
    box.hidden = true;
    choices.editTheirs(readFullClaim(current, null), current);
  });
  replaceChildren(
    box,
    el('strong', null, 'Not saved: someone else changed this claim while you were editing it.'),
    el(
      'p',
      null,
      Number.isFinite(currentVersion) ? `Version ${currentVersion} is stored now` : 'A newer version is stored now',
      current?.properties.updatedAt ? ` (saved ${current.properties.updatedAt.slice(0, 16).replace('T', ' ')} UTC)` : '',
      changes ? '. Their changes:' : '.',
    ),
    changes,
    el('div', { className: 'actions' }, overwrite, reload),
  );
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
}
