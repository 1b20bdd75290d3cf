import { el } from '../shared/dom';
import { formatDate } from '../shared/format';
import type { ClaimProperties, GeoJsonFeature, HistoryEntry } from '../types';

/**
 * A claim's history (`GET /api/claims/{id}/history`): every change, newest first, with when,
 * who and what changed (each field's old and new value, as text). Deletes are kept too.
 */

/** Bookkeeping the store sets on every change: not news in a history. */
const BOOKKEEPING = new Set(['version', 'createdAt', 'updatedAt', 'anchor', 'checks']);

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  category: 'Category',
  actors: 'Actors',
  place: 'Place name',
  refs: 'Placed on',
  areas: 'Areas',
  geoPrecision: 'Geo-precision',
  eventDate: 'Event date',
  endDate: 'End date',
  timePrecision: 'Time precision',
  reportedDate: 'Reported',
  source: 'Source',
  quote: 'Quote',
  translation: 'Translation',
  note: 'Note',
  status: 'Status',
  credibility: 'Information credibility',
  numbers: 'Numbers',
  geometry: 'Geometry',
};

const ACTION_LABELS: Record<string, string> = { create: 'Created', update: 'Edited', delete: 'Deleted' };

/** "25 Nov 2026, 14:03 UTC" (the store records UTC times). */
export function formatTime(at: string): string {
  const time = new Date(at);
  if (Number.isNaN(time.getTime())) return at;
  const iso = time.toISOString();
  return `${formatDate(iso.slice(0, 10))}, ${iso.slice(11, 16)} UTC`;
}

/** A property value as one line of text. */
export function describeValue(key: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (key === 'quote' && typeof value === 'object') {
    const quote = value as { text?: unknown; start?: unknown; end?: unknown };
    return `“${scalarText(quote.text)}” (${scalarText(quote.start)}–${scalarText(quote.end)})`;
  }
  if (key === 'geometry' && typeof value === 'object') {
    const geometry = value as { type?: unknown; coordinates?: unknown };
    const text = JSON.stringify(geometry.coordinates ?? null);
    return `${scalarText(geometry.type) || 'geometry'} ${text.length > 80 ? `${text.slice(0, 77)}…` : text}`;
  }
  if (Array.isArray(value)) return value.length ? value.map(String).join(', ') : '—';
  if (typeof value === 'object') return JSON.stringify(value);
  return scalarText(value);
}

/** A string, number or boolean as text; anything else (which history values never are) as nothing. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** What differs between two versions of a claim (bookkeeping left out), in a stable field order. */
export function changedFields(
  before: GeoJsonFeature<ClaimProperties> | null,
  after: GeoJsonFeature<ClaimProperties> | null,
): FieldChange[] {
  const a = (before?.properties ?? {}) as unknown as Record<string, unknown>;
  const b = (after?.properties ?? {}) as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(FIELD_LABELS), ...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => !BOOKKEEPING.has(k) && k !== 'id' && k !== 'geometry',
  );
  const changes: FieldChange[] = [];
  for (const key of keys) {
    if (JSON.stringify(a[key] ?? null) === JSON.stringify(b[key] ?? null)) continue;
    changes.push({ field: key, before: describeValue(key, a[key]), after: describeValue(key, b[key]) });
  }
  // A claim placed by references gets its geometry from them: only drawn geometries count.
  const placedByRefs = (value: Record<string, unknown>) => Array.isArray(value['refs']) && (value['refs'] as unknown[]).length > 0;
  if (!placedByRefs(a) && !placedByRefs(b) && JSON.stringify(before?.geometry ?? null) !== JSON.stringify(after?.geometry ?? null)) {
    changes.push({ field: 'geometry', before: describeValue('geometry', before?.geometry), after: describeValue('geometry', after?.geometry) });
  }
  return changes;
}

function entryView(entry: HistoryEntry): HTMLElement {
  const changes = entry.action === 'update' ? changedFields(entry.oldValue, entry.newValue) : [];
  const value = entry.newValue ?? entry.oldValue;
  return el(
    'li',
    { className: 'history-entry', testId: 'history-entry', attrs: { 'data-version': String(entry.version), 'data-action': entry.action } },
    el(
      'div',
      { className: 'history-head' },
      el('strong', null, ACTION_LABELS[entry.action] ?? entry.action),
      el('span', { className: 'muted' }, ` · version ${entry.version} · `),
      el('time', { attrs: { datetime: entry.at } }, formatTime(entry.at)),
      el('span', { className: 'muted history-actor' }, ` · by ${entry.actor ?? 'an unnamed editor'}`),
    ),
    entry.action === 'update'
      ? changes.length
        ? el(
            'ul',
            { className: 'history-changes' },
            ...changes.map((change) =>
              el(
                'li',
                { attrs: { 'data-field': change.field } },
                el('span', { className: 'history-field' }, FIELD_LABELS[change.field] ?? change.field),
                el('del', null, change.before),
                el('span', { className: 'muted', attrs: { 'aria-hidden': 'true' } }, ' → '),
                el('ins', null, change.after),
              ),
            ),
          )
        : el('p', { className: 'hint' }, 'No field changed.')
      : value
        ? el('p', { className: 'hint history-title' }, value.properties.title)
        : null,
  );
}

export interface HistoryViewOptions {
  claimId: string;
  title: string;
  /** null while loading. */
  entries: HistoryEntry[] | null;
  error?: string | null;
  onBack: () => void;
}

export function renderHistory(options: HistoryViewOptions): HTMLElement {
  const back = el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, '← Back to claim');
  back.addEventListener('click', options.onBack);
  const entries = options.entries ? [...options.entries].sort((a, b) => b.version - a.version) : null;
  return el(
    'section',
    {
      className: 'card history',
      testId: 'claim-history',
      attrs: { 'data-claim-id': options.claimId, 'data-loaded': String(entries !== null), 'aria-label': 'Claim history' },
    },
    el('div', { className: 'sticky-bar' }, back, el('span', { className: 'sticky-title' }, options.title)),
    el('div', { className: 'eyebrow' }, 'History'),
    el('h2', null, options.title),
    options.error
      ? el('p', { className: 'warning' }, options.error)
      : entries
        ? el('ol', { className: 'history-list plain-list' }, ...entries.map(entryView))
        : el('p', { className: 'loading' }, 'Loading the history…'),
  );
}
