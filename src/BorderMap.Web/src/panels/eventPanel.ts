import './eventPanel.css';
import type { EventAttribute, EventDetail, EventMember, EventNumber } from '../api/events';
import { el } from '../shared/dom';
import { capitalize, formatEventDate, formatNumber, humanizeKey } from '../shared/format';
import type { TimePrecision } from '../types';

/**
 * An event in the right panel: its status (with a contradiction badge naming what the claims
 * disagree on), "N sources, M independent", its numbers low / best / high, the agreement per
 * attribute with the reason for each compared pair, and its claims side by side (quote,
 * translation, source, date) so the reader sees the quotes together.
 */

export interface EventPanelOptions {
  event: EventDetail;
  /** Back to the claim the panel was opened from (or closes it, opened from the map). */
  onBack: () => void;
  /** The back button's text; the claim's by default. */
  backLabel?: string;
  /** Opens one of the event's claims. */
  onOpenClaim: (id: string) => void;
}

const ATTRIBUTE_LABELS: Record<string, string> = { dates: 'Dates', places: 'Places', numbers: 'Numbers', actors: 'Actors', category: 'Category' };

export function renderEventPanel(options: EventPanelOptions): HTMLElement {
  const { event } = options;
  const back = el('button', { className: 'link-button', testId: 'event-back', attrs: { type: 'button' } }, options.backLabel ?? '← Back to the claim');
  back.addEventListener('click', options.onBack);
  return el(
    'section',
    { className: 'event-panel', testId: 'event-panel', attrs: { 'data-event-id': event.id } },
    back,
    el('h2', null, event.title),
    statusLine(event),
    el('p', { className: 'event-sources', testId: 'event-independence' }, event.derived.independence),
    event.note ? el('p', { className: 'event-note' }, event.note) : null,
    numbersTable(event.derived.numbers),
    agreementTable(event.derived.agreement, event.members),
    membersGrid(event.members, options.onOpenClaim),
  );
}

function statusLine(event: EventDetail): HTMLElement {
  const contradicted = event.derived.contradicted;
  const override = event.statusOverride
    ? el('span', { className: 'event-override', testId: 'event-override' }, `set by a researcher (derived: ${event.derived.status}): ${event.overrideReason ?? ''}`)
    : el('span', { className: 'event-reason' }, event.derived.reason);
  return el(
    'p',
    { className: 'event-status' },
    el('span', { className: `status status-${event.status}`, testId: 'event-status' }, capitalize(event.status)),
    contradicted.length > 0
      ? el('span', { className: 'contradiction-badge', testId: 'event-contradiction', attrs: { title: 'The claims contradict each other' } }, `Contradiction: ${contradicted.map((a) => ATTRIBUTE_LABELS[a] ?? a).join(', ')}`)
      : null,
    override,
  );
}

function numbersTable(numbers: EventNumber[]): HTMLElement | null {
  if (numbers.length === 0) return null;
  const rows = numbers.map((n) =>
    el('tr', null, el('th', { attrs: { scope: 'row' } }, `${humanizeKey(n.key)}${n.cumulative ? ' (running total)' : ''}`), el('td', null, formatNumber(n.low)), el('td', null, formatNumber(n.best)), el('td', null, formatNumber(n.high))),
  );
  return el(
    'table',
    { className: 'event-numbers', testId: 'event-numbers' },
    el('thead', null, el('tr', null, el('th', null, 'Number'), el('th', null, 'Low'), el('th', null, 'Best'), el('th', null, 'High'))),
    el('tbody', null, ...rows),
  );
}

function agreementTable(attributes: EventAttribute[], members: EventMember[]): HTMLElement {
  const titles = new Map(members.map((m) => [m.id, m.publisher || m.source]));
  const rows = attributes.map((a) =>
    el(
      'li',
      { className: `agreement agreement-${a.agreement}`, testId: `event-agreement-${a.attribute}`, attrs: { 'data-agreement': a.agreement } },
      el('span', { className: 'agreement-label' }, ATTRIBUTE_LABELS[a.attribute] ?? a.attribute),
      el('span', { className: 'agreement-word' }, a.agreement),
      el('ul', { className: 'agreement-pairs' }, ...a.pairs.map((p) => el('li', null, `${titles.get(p.a) ?? p.a} / ${titles.get(p.b) ?? p.b}: ${p.reason}`))),
    ),
  );
  return el('ul', { className: 'event-agreement', attrs: { 'aria-label': 'Agreement per attribute' } }, ...rows);
}

function membersGrid(members: EventMember[], onOpen: (id: string) => void): HTMLElement {
  return el(
    'div',
    { className: 'event-members', testId: 'event-members' },
    ...members.map((m) => {
      const open = el('button', { className: 'link-button', attrs: { type: 'button' } }, m.title);
      open.addEventListener('click', () => onOpen(m.id));
      return el(
        'article',
        { className: 'event-member', testId: 'event-member', attrs: { 'data-claim-id': m.id } },
        el('h3', null, open),
        el('blockquote', { className: 'quote', testId: 'event-member-quote' }, m.quote),
        m.translation && m.translation !== m.quote ? el('p', { className: 'translation' }, m.translation) : null,
        el('p', { className: 'event-member-meta' }, m.publisher || m.source),
        el('p', { className: 'event-member-meta' }, formatEventDate(m.eventDate, m.endDate, m.timePrecision as TimePrecision), ` · ${m.place}`),
        m.numbers.length > 0 ? el('p', { className: 'event-member-meta' }, m.numbers.map((q) => `${humanizeKey(q.key)}: ${q.text}`).join('; ')) : null,
      );
    }),
  );
}
