import type { CategoryLookup } from './categories';
import type { ClaimsLayer } from './claimsLayer';
import { el, replaceChildren } from './dom';
import { capitalize, formatShortRange, plural } from './format';
import type { SelectionStore } from './selection';
import type { Store } from './store';
import { symbolCanvas } from './symbols';
import { matchesWords } from './textMatch';
import type { ClaimProperties } from './types';
import type { ListState, SortKey } from './urlState';

/**
 * The claim list under the map: the claims the filters pass, searchable and sortable, in step
 * with the map. Hovering a row highlights its symbol and the other way round; arrow keys move
 * through the rows (highlighting as they go) and Enter selects. Very long lists render their
 * first MAX_ROWS rows and say so.
 */

const MAX_ROWS = 500;

export interface ClaimListOptions {
  root: HTMLElement;
  category: CategoryLookup;
  list: Store<ListState>;
  claims: ClaimsLayer;
  selection: SelectionStore;
  /** Brings a claim chosen in the list into view (the map pans if it is off screen). */
  reveal: (id: string) => void;
}

export interface ClaimList {
  setClaims(claims: readonly ClaimProperties[], total: number): void;
}

const COLUMNS: Array<{ key: SortKey | null; label: string; className: string }> = [
  { key: 'date', label: 'Date', className: 'col-date' },
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'category', label: 'Category', className: 'col-category' },
  { key: null, label: 'Place', className: 'col-place' },
  { key: null, label: 'Status', className: 'col-status' },
];

function compare(key: SortKey, category: CategoryLookup): (a: ClaimProperties, b: ClaimProperties) => number {
  const byDate = (a: ClaimProperties, b: ClaimProperties) =>
    a.eventDate.localeCompare(b.eventDate) || (a.endDate ?? a.eventDate).localeCompare(b.endDate ?? b.eventDate);
  const byTitle = (a: ClaimProperties, b: ClaimProperties) => a.title.localeCompare(b.title, 'en', { sensitivity: 'base' });
  switch (key) {
    case 'date':
      return (a, b) => byDate(a, b) || byTitle(a, b);
    case 'title':
      return (a, b) => byTitle(a, b) || byDate(a, b);
    case 'category':
      return (a, b) => category(a.category).label.localeCompare(category(b.category).label) || byDate(a, b) || byTitle(a, b);
  }
}

function searchText(claim: ClaimProperties, category: CategoryLookup): string {
  return [claim.title, claim.place, category(claim.category).label, claim.status, ...(claim.actors ?? []), claim.quote?.text, claim.translation, claim.id]
    .filter(Boolean)
    .join(' \u0001 ');
}

export function createClaimList(options: ClaimListOptions): ClaimList {
  const { root, list, claims, selection, category } = options;
  const choose = (id: string) => {
    active = id;
    selection.set({ kind: 'claim', id });
    options.reveal(id);
  };
  let all: readonly ClaimProperties[] = [];
  let total = 0;
  let rows = new Map<string, HTMLTableRowElement>();
  let order: string[] = [];
  let active: string | null = null;

  const search = el('input', {
    className: 'search-field',
    testId: 'claim-list-search',
    attrs: { type: 'search', placeholder: 'Search claims…', 'aria-label': 'Search the claim list', autocomplete: 'off' },
  });
  const count = el('span', { className: 'count list-count', testId: 'claim-list-count', attrs: { 'aria-live': 'polite' } });
  const headers = COLUMNS.map((column) => {
    if (!column.key) return { column, th: el('th', { className: column.className, attrs: { scope: 'col' } }, column.label), button: null };
    const button = el('button', { className: 'sort', attrs: { type: 'button', 'data-sort': column.key } }, column.label, el('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } }));
    const key = column.key;
    button.addEventListener('click', () =>
      list.update((state) => ({ ...state, sort: key, descending: state.sort === key ? !state.descending : false })),
    );
    return { column, th: el('th', { className: column.className, attrs: { scope: 'col' } }, button), button };
  });
  const body = el('tbody', null);
  const table = el(
    'table',
    { className: 'claim-table', testId: 'claim-list', attrs: { 'aria-label': 'Claims' } },
    el('thead', null, el('tr', null, ...headers.map((h) => h.th))),
    body,
  );
  const scroller = el('div', { className: 'table-scroll' }, table);
  const note = el('p', { className: 'hint list-note' });
  replaceChildren(
    root,
    el('div', { className: 'list-toolbar' }, el('h2', null, 'Claims'), count, search, el('span', { className: 'hint keys' }, '↑↓ move · Enter selects')),
    scroller,
    note,
  );

  search.addEventListener('input', () => list.update((state) => ({ ...state, query: search.value })));
  search.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && order[0]) {
      event.preventDefault();
      focusRow(active && rows.has(active) ? active : order[0]);
    }
  });

  function visibleClaims(): ClaimProperties[] {
    const state = list.get();
    const matching = state.query ? all.filter((c) => matchesWords(searchText(c, category), state.query)) : [...all];
    matching.sort(compare(state.sort, category));
    if (state.descending) matching.reverse();
    return matching;
  }

  function row(claim: ClaimProperties): HTMLTableRowElement {
    const style = category(claim.category);
    const tr = el(
      'tr',
      { testId: `claim-row-${claim.id}`, attrs: { 'data-claim-id': claim.id, tabindex: '-1', 'aria-selected': 'false' } },
      el('td', { className: 'col-date' }, formatShortRange(claim.eventDate, claim.endDate, claim.timePrecision)),
      el('td', { className: 'col-title', attrs: { title: claim.title } }, claim.title),
      el('td', { className: 'col-category' }, el('span', { className: 'category-cell' }, symbolCanvas(style, 14), style.label)),
      el('td', { className: 'col-place', attrs: { title: claim.place ?? '' } }, claim.place ?? ''),
      el('td', { className: 'col-status' }, el('span', { className: `status status-${claim.status}` }, capitalize(String(claim.status ?? '')))),
    );
    tr.addEventListener('mouseenter', () => claims.setHovered(claim.id));
    tr.addEventListener('mouseleave', () => {
      if (claims.hovered === claim.id) claims.setHovered(null);
    });
    tr.addEventListener('click', () => choose(claim.id));
    tr.addEventListener('focus', () => {
      active = claim.id;
      updateTabStops();
      claims.setHovered(claim.id);
    });
    return tr;
  }

  function render(): void {
    const visible = visibleClaims();
    const shown = visible.slice(0, MAX_ROWS);
    rows = new Map(shown.map((claim) => [claim.id, row(claim)]));
    order = shown.map((c) => c.id);
    body.replaceChildren(...rows.values());
    const state = list.get();
    count.textContent = state.query || visible.length !== total ? `${visible.length} of ${total}` : String(total);
    table.dataset['count'] = String(visible.length);
    note.textContent =
      visible.length > MAX_ROWS
        ? `Showing the first ${MAX_ROWS} of ${plural(visible.length, 'claim')}; narrow the filters or search to see the rest.`
        : visible.length === 0
          ? all.length === 0
            ? 'No claims pass the filters.'
            : 'No claim matches the search.'
          : '';
    note.hidden = note.textContent === '';
    for (const { column, th, button } of headers) {
      const sorted = column.key === state.sort;
      th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
      if (button) button.dataset['active'] = String(sorted);
    }
    if (search.value !== state.query) search.value = state.query;
    markSelected();
    markHovered(claims.hovered);
    updateTabStops();
  }

  function updateTabStops(): void {
    const stop = active && rows.has(active) ? active : selectedId() && rows.has(selectedId() as string) ? selectedId() : order[0];
    for (const [id, tr] of rows) tr.tabIndex = id === stop ? 0 : -1;
  }

  function selectedId(): string | null {
    const current = selection.get();
    return current?.kind === 'claim' ? current.id : null;
  }

  function scrollToRow(tr: HTMLElement): void {
    const header = table.tHead?.offsetHeight ?? 0;
    const top = tr.offsetTop - header;
    const bottom = tr.offsetTop + tr.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
  }

  function markSelected(): void {
    const id = selectedId();
    for (const [rowId, tr] of rows) {
      const selected = rowId === id;
      tr.setAttribute('aria-selected', String(selected));
      tr.classList.toggle('selected', selected);
    }
    const tr = id ? rows.get(id) : undefined;
    if (tr) scrollToRow(tr);
  }

  function markHovered(id: string | null): void {
    for (const [rowId, tr] of rows) tr.classList.toggle('hovered', rowId === id);
  }

  function focusRow(id: string | undefined): void {
    const tr = id ? rows.get(id) : undefined;
    if (!tr) return;
    active = id as string;
    updateTabStops();
    tr.focus({ preventScroll: true });
    scrollToRow(tr);
  }

  body.addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest('tr')?.dataset['claimId'];
    if (!current) return;
    const index = order.indexOf(current);
    const page = Math.max(1, Math.floor(scroller.clientHeight / 28) - 1);
    const target = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: order.length - 1,
    }[event.key];
    if (target !== undefined) {
      event.preventDefault();
      focusRow(order[Math.max(0, Math.min(order.length - 1, target))]);
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(current);
    }
  });
  body.addEventListener('focusout', (event) => {
    if (!body.contains(event.relatedTarget as Node | null) && claims.hovered && rows.has(claims.hovered)) claims.setHovered(null);
  });

  claims.onHover((id) => {
    markHovered(id);
    const tr = id ? rows.get(id) : undefined;
    if (tr && document.activeElement?.closest('tbody') !== body) scrollToRow(tr);
  });
  selection.subscribe(markSelected);
  list.subscribe(render);

  return {
    setClaims(next, totalCount) {
      all = next;
      total = totalCount;
      render();
    },
  };
}
