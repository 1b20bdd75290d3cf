import { AT_LEAST_TITLE, formatCount } from '../shared/countBound';
import { el, replaceChildren } from '../shared/dom';
import { CREDIBILITIES, type Filters, RELIABILITIES, STATUSES } from '../state/filters';
import { capitalize, plural } from '../shared/format';
import type { Store } from '../state/store';

/**
 * The status, geo-precision, corroboration, source reliability, information credibility and actor filters of the left panel (time is timeFilter.ts,
 * category is the legend). Each control writes the shared filter store and follows it, so a
 * permalink or another control changing the filters shows here at once.
 */

export interface FilterPanelOptions {
  statuses: readonly string[];
  /** Geo-precision level → label ("1" → "exact site"). */
  precisions: Array<[number, string]>;
  filters: Store<Filters>;
}

export interface FilterPanel {
  /** The actors to offer, with how many claims (under the other filters) name them, most first; `atLeast`: the counts are lower bounds. */
  setActors(actors: Array<[string, number]>, atLeast: boolean): void;
}

interface FilterGroup {
  element: HTMLElement;
  sync: () => void;
}

/** A checkbox group over a list filter whose `null` means "all". */
function checkboxGroup<T extends string | number>(
  title: string,
  items: Array<[T, string]>,
  testId: (value: T) => string,
  read: (f: Filters) => T[] | null,
  write: (f: Filters, values: T[] | null) => Filters,
  filters: Store<Filters>,
): FilterGroup {
  const boxes = items.map(([value, label]) => {
    const input = el('input', { testId: testId(value), attrs: { type: 'checkbox', value: String(value) } });
    input.addEventListener('change', () => {
      const checked = boxes.filter((b) => b.input.checked).map((b) => b.value);
      filters.update((f) => write(f, checked.length === items.length ? null : checked));
    });
    return { value, input, row: el('label', { className: 'row' }, input, el('span', { className: 'row-label' }, label)) };
  });
  const element = el(
    'fieldset',
    { className: 'filter-group' },
    el('legend', null, title),
    el('div', { className: 'chip-row' }, ...boxes.map((b) => b.row)),
  );
  const sync = () => {
    const selected = read(filters.get());
    for (const box of boxes) box.input.checked = selected === null || selected.includes(box.value);
  };
  return { element, sync };
}

/** The Admiralty code's filters: the source's reliability (A–F) and the claim's credibility (1–6). */
function admiraltyGroups(filters: Store<Filters>): [FilterGroup, FilterGroup] {
  const reliability = checkboxGroup(
    'Source reliability',
    RELIABILITIES.map((r) => [r, r] as [string, string]),
    (r) => `filter-reliability-${r}`,
    (f) => f.reliabilities,
    (f, reliabilities) => ({ ...f, reliabilities }),
    filters,
  );
  const credibility = checkboxGroup(
    'Information credibility',
    CREDIBILITIES.map((c) => [c, String(c)] as [number, string]),
    (c) => `filter-credibility-${c}`,
    (f) => f.credibilities,
    (f, credibilities) => ({ ...f, credibilities }),
    filters,
  );
  return [reliability, credibility];
}

/** A ticked box that restricts (unticked: no restriction), with its test id. */
function toggleBox(label: string, testId: string, onChange: (checked: boolean) => void): { input: HTMLInputElement; row: HTMLElement } {
  const input = el('input', { testId, attrs: { type: 'checkbox' } });
  input.addEventListener('change', () => onChange(input.checked));
  return { input, row: el('label', { className: 'row' }, input, el('span', { className: 'row-label' }, label)) };
}

/**
 * What the claims' events derive, as "show only" boxes (none ticked: every claim): the event's
 * status (a claim in no event is reported) and single source (one independent source at most).
 */
function corroborationGroup(filters: Store<Filters>): FilterGroup {
  const statuses = STATUSES.map((status) => ({
    status,
    ...toggleBox(capitalize(status), `filter-event-status-${status}`, () => {
      const ticked = statuses.filter((b) => b.input.checked).map((b) => b.status);
      filters.update((f) => ({ ...f, eventStatuses: ticked.length ? ticked : null }));
    }),
  }));
  const single = toggleBox('Single source', 'filter-single-source', (checked) => filters.update((f) => ({ ...f, singleSource: checked ? true : null })));
  const element = el(
    'fieldset',
    { className: 'filter-group' },
    el('legend', null, 'Corroboration (show only)'),
    el('div', { className: 'chip-row' }, ...statuses.map((b) => b.row), single.row),
  );
  const sync = () => {
    const f = filters.get();
    for (const box of statuses) box.input.checked = f.eventStatuses?.includes(box.status) ?? false;
    single.input.checked = f.singleSource === true;
  };
  return { element, sync };
}

/** The actors as a multiple select: a click toggles one option (no Ctrl needed), keys work as usual. */
function actorSelectFor(filters: FilterPanelOptions['filters']): HTMLSelectElement {
  const actorSelect = el('select', {
    testId: 'filter-actor',
    className: 'actor-select',
    attrs: { multiple: '', size: '3', 'aria-label': 'Actors' },
  });
  actorSelect.addEventListener('mousedown', (event) => {
    const option = event.target;
    if (!(option instanceof HTMLOptionElement) || event.shiftKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    option.selected = !option.selected;
    actorSelect.focus();
    actorSelect.dispatchEvent(new Event('change', { bubbles: true }));
  });
  actorSelect.addEventListener('change', () => {
    const actors = [...actorSelect.selectedOptions].map((o) => o.value);
    filters.update((f) => ({ ...f, actors }));
  });
  return actorSelect;
}

/** Draws the filters into `root`. */
export function renderFilterPanel(root: HTMLElement, options: FilterPanelOptions): FilterPanel {
  const { filters } = options;
  const status = checkboxGroup(
    'Status',
    options.statuses.map((s) => [s, capitalize(s)] as [string, string]),
    (s) => `filter-status-${s}`,
    (f) => f.statuses,
    (f, statuses) => ({ ...f, statuses }),
    filters,
  );
  const precision = checkboxGroup(
    'Geo-precision',
    options.precisions.map(([n, label]) => [n, `${n} ${label}`] as [number, string]),
    (n) => `filter-precision-${n}`,
    (f) => f.precisions,
    (f, precisions) => ({ ...f, precisions }),
    filters,
  );

  const actorSelect = actorSelectFor(filters);
  const clearActors = el('button', { className: 'button-link', attrs: { type: 'button' } }, 'Any actor');
  clearActors.addEventListener('click', () => filters.update((f) => ({ ...f, actors: [] })));
  const actorHint = el('span', { className: 'hint' });
  const actors = el(
    'fieldset',
    { className: 'filter-group' },
    el('legend', null, 'Actors'),
    actorSelect,
    el('div', { className: 'time-summary' }, actorHint, clearActors),
  );
  const syncActors = () => {
    const selected = new Set(filters.get().actors.map((a) => a.toLowerCase()));
    // An actor from a shared link that no claim names still shows, so it can be cleared.
    const known = new Set([...actorSelect.options].map((o) => o.value.toLowerCase()));
    for (const actor of filters.get().actors) {
      if (!known.has(actor.toLowerCase())) actorSelect.append(el('option', { attrs: { value: actor } }, `${actor} (0)`));
    }
    for (const option of actorSelect.options) option.selected = selected.has(option.value.toLowerCase());
    actorHint.textContent = selected.size ? `${plural(selected.size, 'actor')} selected (any of them)` : 'Any actor';
    clearActors.hidden = selected.size === 0;
  };

  const [reliability, credibility] = admiraltyGroups(filters);
  const corroboration = corroborationGroup(filters);

  replaceChildren(root, status.element, precision.element, corroboration.element, reliability.element, credibility.element, actors);
  const sync = () => {
    status.sync();
    precision.sync();
    corroboration.sync();
    reliability.sync();
    credibility.sync();
    syncActors();
  };
  filters.subscribe(sync);
  sync();
  return {
    setActors(named, atLeast) {
      const title: Record<string, string> = atLeast ? { title: AT_LEAST_TITLE, 'data-at-least': 'true' } : {};
      actorSelect.replaceChildren(...named.map(([name, count]) => el('option', { attrs: { value: name, ...title } }, `${name} (${formatCount(count, atLeast)})`)));
      actorSelect.size = Math.min(7, Math.max(3, named.length));
      syncActors();
    },
  };
}
