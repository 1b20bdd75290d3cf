import { eventApi, type EventSuggestion } from '../api/events';
import { el, replaceChildren } from '../shared/dom';
import { type DetailsContext, errorText } from './detailsContext';
import { renderEventPanel } from './eventPanel';

/**
 * The event part of a claim's details: the event the claim belongs to (its status, a contradiction
 * badge, "N sources, M independent" and a button that opens the event panel), else the events it
 * may belong to, each with its reasons and, for editors, Accept and Reject.
 */

export interface ClaimEventsOptions {
  context: DetailsContext;
  claimId: string;
  /** Where the section goes (the claim panel). */
  parent: HTMLElement;
  /** The view token of the claim panel: answers for an older view are dropped. */
  token: number;
  /** Shows the claim again (the event panel's Back). */
  onBack: () => void;
  /** Opens another claim (from the event panel). */
  onOpenClaim: (id: string) => void;
}

export function appendClaimEvents(options: ClaimEventsOptions): void {
  const section = el('section', { className: 'claim-events', testId: 'claim-events', attrs: { 'aria-label': 'Event' } });
  options.parent.append(section);
  void fill(options, section);
}

async function fill(options: ClaimEventsOptions, section: HTMLElement): Promise<void> {
  const { context, claimId } = options;
  try {
    const found = await context.options.work.track(eventApi.ofClaim(claimId));
    if (!context.isCurrent(options.token)) return;
    if (found.event) {
      const { value: event } = await context.options.work.track(eventApi.event(found.event));
      if (!context.isCurrent(options.token)) return;
      const open = el('button', { testId: 'open-event', attrs: { type: 'button' } }, 'Open event');
      open.addEventListener('click', () => openEvent(options, event.id));
      replaceChildren(
        section,
        el('h3', null, 'Event'),
        el('p', null, event.title, ' — ', el('span', { className: `status status-${event.status}` }, event.status), ' · ', event.derived.independence),
        event.derived.contradicted.length > 0 ? el('p', { className: 'contradiction-badge', testId: 'claim-event-contradiction' }, `Contradiction: ${event.derived.contradicted.join(', ')}`) : null,
        open,
      );
      return;
    }
    renderSuggestions(options, section, found.suggestions);
  } catch (error) {
    if (context.isCurrent(options.token)) replaceChildren(section, el('p', { className: 'warning' }, `Could not load the claim’s event: ${errorText(error)}`));
  }
}

function renderSuggestions(options: ClaimEventsOptions, section: HTMLElement, suggestions: EventSuggestion[]): void {
  if (suggestions.length === 0) {
    replaceChildren(section);
    return;
  }
  const canEdit = options.context.options.canEdit;
  const items = suggestions.map((s) => {
    const item = el(
      'li',
      { testId: 'event-suggestion', attrs: { 'data-event-id': s.event } },
      el('strong', null, s.title),
      ` (${Math.round(s.score * 100)} %)`,
      el('ul', null, ...s.reasons.map((r) => el('li', null, r))),
    );
    if (canEdit) item.append(button('Accept', 'suggestion-accept', () => accept(options, section, s.event)), button('Reject', 'suggestion-reject', () => reject(options, section, s.event)));
    return item;
  });
  replaceChildren(section, el('h3', null, 'Events this claim may belong to'), el('ul', null, ...items));
}

function button(label: string, testId: string, onClick: () => Promise<void>): HTMLButtonElement {
  const element = el('button', { testId, attrs: { type: 'button' } }, label);
  element.addEventListener('click', () => {
    element.disabled = true;
    void onClick();
  });
  return element;
}

/** Puts the claim in the event at the version just read, so a concurrent change gets a conflict, not an overwrite. */
async function accept(options: ClaimEventsOptions, section: HTMLElement, eventId: string): Promise<void> {
  await change(options, section, async () => {
    const { etag } = await eventApi.event(eventId);
    await eventApi.addClaim(eventId, etag ?? '', options.claimId);
  });
}

async function reject(options: ClaimEventsOptions, section: HTMLElement, eventId: string): Promise<void> {
  await change(options, section, () => eventApi.reject(eventId, options.claimId));
}

async function change(options: ClaimEventsOptions, section: HTMLElement, write: () => Promise<void>): Promise<void> {
  try {
    await options.context.options.work.track(write());
    if (options.context.isCurrent(options.token)) await fill(options, section);
  } catch (error) {
    if (options.context.isCurrent(options.token)) section.append(el('p', { className: 'warning', testId: 'event-error' }, errorText(error)));
  }
}

function openEvent(options: ClaimEventsOptions, eventId: string): void {
  const { context } = options;
  const mine = context.next();
  const root = context.options.root;
  replaceChildren(root, el('p', { className: 'loading' }, 'Loading the event…'));
  context.options.work.track(eventApi.event(eventId)).then(
    ({ value }) => {
      if (!context.isCurrent(mine)) return;
      replaceChildren(root, renderEventPanel({ event: value, onBack: options.onBack, onOpenClaim: options.onOpenClaim }));
      root.scrollTop = 0;
    },
    (error: unknown) => context.isCurrent(mine) && replaceChildren(root, el('p', { className: 'warning' }, `Could not load event ${eventId}: ${errorText(error)}`)),
  );
}
