import { api } from '../api/api';
import { type DraftValues, valuesOf } from './claimDraft';
import { el, replaceChildren } from '../shared/dom';
import type { GeoJsonGeometry } from '../map/placeTool';
import type { ProposalView } from '../types';
import type { PendingWork } from '../api/work';

/**
 * "Propose claims from this source": asks `POST /api/extract` for the source's claim proposals
 * and lists them (quote, place, suggested category, numbers). Accept and Edit open the claim
 * editor pre-filled with the proposal's draft, so it is saved through the normal validated
 * `POST /api/claims`; Reject drops it from the list.
 */

export interface ProposalsOptions {
  sourceId: string;
  work: PendingWork;
  categoryLabel: (id: string) => string;
  /** Opens the claim editor on these values (a new claim). */
  onAccept: (values: DraftValues) => void;
}

/** The editor's values for a proposal's draft. */
export function draftValuesOf(view: ProposalView): DraftValues {
  const values = valuesOf(view.draft.properties, (view.draft.geometry as GeoJsonGeometry | null) ?? null);
  values.numbers = { ...(view.proposal.numbers ?? view.draft.properties.numbers ?? {}) };
  return values;
}

function describeNumbers(numbers: Record<string, number> | null | undefined): string {
  return Object.entries(numbers ?? {})
    .map(([key, n]) => `${key}: ${n}`)
    .join(', ');
}

export function createProposals({ sourceId, work, categoryLabel, onAccept }: ProposalsOptions): HTMLElement {
  const button = el('button', { className: 'button', testId: 'propose-claims', attrs: { type: 'button' } }, 'Propose claims from this source');
  const status = el('p', { className: 'hint', testId: 'proposal-status', attrs: { 'aria-live': 'polite' } });
  const list = el('ol', { className: 'proposals', testId: 'proposal-list' });
  list.hidden = true;
  let views: Array<ProposalView | null> = [];

  function row(view: ProposalView, index: number): HTMLElement {
    const { proposal } = view;
    const accept = el('button', { className: 'button', testId: `proposal-accept-${index}`, attrs: { type: 'button' } }, 'Accept');
    const edit = el('button', { className: 'button button-quiet', testId: `proposal-edit-${index}`, attrs: { type: 'button' } }, 'Edit');
    const reject = el('button', { className: 'button button-quiet', testId: `proposal-reject-${index}`, attrs: { type: 'button' } }, 'Reject');
    accept.addEventListener('click', () => onAccept(draftValuesOf(view)));
    edit.addEventListener('click', () => onAccept(draftValuesOf(view)));
    reject.addEventListener('click', () => {
      views[index] = null;
      show();
    });
    const numbers = describeNumbers(proposal.numbers);
    return el(
      'li',
      { className: 'proposal', testId: `proposal-${index}`, attrs: { 'data-place-id': proposal.placeId, 'data-category': proposal.category } },
      el('blockquote', { className: 'quote', testId: `proposal-quote-${index}` }, proposal.quote.text),
      el(
        'p',
        { className: 'proposal-facts' },
        el('span', { testId: `proposal-place-${index}` }, `${proposal.place} (${proposal.placeId})`),
        ' · ',
        el('span', { testId: `proposal-category-${index}` }, categoryLabel(proposal.category)),
        proposal.categoryCue ? el('span', { className: 'muted' }, ` (cue “${proposal.categoryCue}”)`) : null,
        numbers ? ' · ' : null,
        numbers ? el('span', { testId: `proposal-numbers-${index}` }, numbers) : null,
      ),
      el('div', { className: 'actions' }, accept, edit, reject),
    );
  }

  function show(): void {
    const left = views.filter((v) => v !== null).length;
    status.textContent = views.length === 0 ? 'No claims proposed: no place is named in this text.' : `${left} of ${views.length} proposals left.`;
    replaceChildren(list, ...views.map((view, index) => (view ? row(view, index) : null)));
    list.hidden = false;
  }

  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Reading the source for places…';
    work.track(api.extract(sourceId)).then(
      (response) => {
        views = [...response.proposals];
        show();
      },
      (error: unknown) => {
        status.textContent = `Could not propose claims: ${error instanceof Error ? error.message : String(error)}`;
        button.disabled = false;
      },
    );
  });

  return el('div', { className: 'proposals-box', testId: 'proposals' }, button, status, list);
}
