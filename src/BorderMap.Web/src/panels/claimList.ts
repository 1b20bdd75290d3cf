import type { CategoryLookup } from '../shared/categories';
import type { ClaimsLayer } from '../map/claimsLayer';
import { el, replaceChildren } from '../shared/dom';
import { capitalize, formatShortRange } from '../shared/format';
import type { SelectionStore } from '../state/selection';
import type { Store } from '../state/store';
import { symbolCanvas } from '../map/symbols';
import { fold } from './textMatch';
import type { ClaimMarker } from '../types';
import type { ListState, SortKey } from '../state/urlState';

/**
 * The claim list under the map: the claims the filters pass, searchable and sortable, in step
 * with the map. Hovering a row highlights its symbol and the other way round; arrow keys move
 * through the rows (highlighting as they go) and Enter selects.
 *
 * The list is virtual: only the rows in view (plus a margin) exist in the DOM, so 100,000
 * claims scroll like 20. Rows have one fixed height; the table is shifted down by the rows
 * above the window and a spacer below it stands for the rows after, so the scroll bar is true.
 */

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 30;
/** Row height until one has been measured (CSS sets it; see `.claim-table tbody tr`). */
const DEFAULT_ROW_HEIGHT = 28;

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
  setClaims(claims: readonly ClaimMarker[], total: number): void;
}

const COLUMNS: Array<{ key: SortKey | null; label: string; className: string }> = [
  { key: 'date', label: 'Date', className: 'col-date' },
  { key: 'title', label: 'Title', className: 'col-title' },
  { key: 'category', label: 'Category', className: 'col-category' },
  { key: null, label: 'Place', className: 'col-place' },
  { key: null, label: 'Status', className: 'col-status' },
];

const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** ISO dates compare as strings; plain comparisons keep sorting 100,000 claims fast. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compare(key: SortKey, category: CategoryLookup): (a: ClaimMarker, b: ClaimMarker) => number {
  const byDate = (a: ClaimMarker, b: ClaimMarker) =>
    compareText(a.eventDate, b.eventDate) || compareText(a.endDate ?? a.eventDate, b.endDate ?? b.eventDate);
  const byTitle = (a: ClaimMarker, b: ClaimMarker) => collator.compare(a.title, b.title);
  switch (key) {
    case 'date':
      return (a, b) => byDate(a, b) || byTitle(a, b);
    case 'title':
      return (a, b) => byTitle(a, b) || byDate(a, b);
    case 'category':
      return (a, b) => collator.compare(category(a.category).label, category(b.category).label) || byDate(a, b) || byTitle(a, b);
  }
}

/** What the list's search looks through, folded once per claim. */
const haystacks = new WeakMap<ClaimMarker, string>();

function searchText(claim: ClaimMarker, category: CategoryLookup): string {
  let text = haystacks.get(claim);
  if (text === undefined) {
    text = fold([claim.title, claim.place, category(claim.category).label, claim.status, ...(claim.actors ?? []), claim.id].filter(Boolean).join(' \u0001 '));
    haystacks.set(claim, text);
  }
  return text;
}

export function createClaimList(options: ClaimListOptions): ClaimList {
  const { root, list, claims, selection, category } = options;
  const choose = (id: string) => {
    active = id;
    selection.set({ kind: 'claim', id });
    options.reveal(id);
  };
  let all: readonly ClaimMarker[] = [];
  let total = 0;
  /** The claims the list shows (search and sort applied), and their ids' positions. */
  let visible: ClaimMarker[] = [];
  let order: string[] = [];
  let position = new Map<string, number>();
  /** The rows in the DOM now, by claim id. */
  let rows = new Map<string, HTMLTableRowElement>();
  let windowStart = 0;
  let windowEnd = 0;
  let rowHeight = DEFAULT_ROW_HEIGHT;
  let active: string | null = null;
  let frame = 0;

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
  const head = el('thead', null, el('tr', null, ...headers.map((h) => h.th)));
  const table = el('table', { className: 'claim-table', testId: 'claim-list', attrs: { 'aria-label': 'Claims' } }, head, body);
  const after = el('div', { className: 'table-after', attrs: { 'aria-hidden': 'true' } });
  const scroller = el('div', { className: 'table-scroll' }, table, after);
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
      focusRow(active && position.has(active) ? active : order[0]);
    }
  });
  scroller.addEventListener('scroll', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      renderWindow();
    });
  });

  function filterAndSort(): ClaimMarker[] {
    const state = list.get();
    const words = fold(state.query).split(/\s+/).filter(Boolean);
    const matching = words.length ? all.filter((c) => { const text = searchText(c, category); return words.every((w) => text.includes(w)); }) : [...all];
    matching.sort(compare(state.sort, category));
    if (state.descending) matching.reverse();
    return matching;
  }

  function row(claim: ClaimMarker): HTMLTableRowElement {
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

  /** Which rows the scroll position shows, with the overscan margin. */
  function windowRange(): [number, number] {
    const header = head.offsetHeight;
    const first = Math.floor(Math.max(0, scroller.scrollTop - header) / rowHeight);
    const shown = Math.ceil((scroller.clientHeight || 300) / rowHeight) + 1;
    return [Math.max(0, first - OVERSCAN), Math.min(visible.length, first + shown + OVERSCAN)];
  }

  /** Puts the rows of the current window into the DOM, reusing those already there. */
  function renderWindow(force = false): void {
    const [start, end] = windowRange();
    if (!force && start === windowStart && end === windowEnd) return;
    windowStart = start;
    windowEnd = end;
    const next = new Map<string, HTMLTableRowElement>();
    for (let i = start; i < end; i++) {
      const claim = visible[i];
      next.set(claim.id, rows.get(claim.id) ?? row(claim));
    }
    // Rows that stay are not moved, so a focused row keeps the keyboard focus while scrolling.
    const keep = new Set(next.values());
    for (const child of [...body.children]) if (!keep.has(child as HTMLTableRowElement)) child.remove();
    let cursor = body.firstElementChild;
    for (const tr of next.values()) {
      if (tr === cursor) cursor = cursor.nextElementSibling;
      else body.insertBefore(tr, cursor);
    }
    rows = next;
    table.style.marginTop = `${start * rowHeight}px`;
    after.style.height = `${(visible.length - end) * rowHeight}px`;
    const first = body.firstElementChild as HTMLElement | null;
    if (first && first.offsetHeight > 0 && Math.abs(first.offsetHeight - rowHeight) > 0.5) {
      rowHeight = first.offsetHeight;
      renderWindow(true);
      return;
    }
    markSelected(false);
    markHovered(claims.hovered);
    updateTabStops();
  }

  function render(): void {
    visible = filterAndSort();
    order = visible.map((c) => c.id);
    position = new Map(order.map((id, i) => [id, i]));
    rows = new Map();
    renderWindow(true);
    const state = list.get();
    count.textContent = state.query || visible.length !== total ? `${visible.length.toLocaleString('en-US')} of ${total.toLocaleString('en-US')}` : total.toLocaleString('en-US');
    table.dataset['count'] = String(visible.length);
    note.textContent = visible.length === 0 ? (all.length === 0 ? 'No claims pass the filters.' : 'No claim matches the search.') : '';
    note.hidden = note.textContent === '';
    for (const { column, th, button } of headers) {
      const sorted = column.key === state.sort;
      th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
      if (button) button.dataset['active'] = String(sorted);
    }
    if (search.value !== state.query) search.value = state.query;
    markSelected(true);
  }

  function updateTabStops(): void {
    const selected = selectedId();
    const stop = active && rows.has(active) ? active : selected && rows.has(selected) ? selected : (body.firstElementChild as HTMLElement | null)?.dataset['claimId'];
    for (const [id, tr] of rows) tr.tabIndex = id === stop ? 0 : -1;
  }

  function selectedId(): string | null {
    const current = selection.get();
    return current?.kind === 'claim' ? current.id : null;
  }

  /** Scrolls so that the row at `index` is in view (below the sticky header). */
  function scrollToIndex(index: number): void {
    const header = head.offsetHeight;
    const top = index * rowHeight;
    const bottom = top + rowHeight + header;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    renderWindow();
  }

  function markSelected(scroll: boolean): void {
    const id = selectedId();
    for (const [rowId, tr] of rows) {
      const selected = rowId === id;
      tr.setAttribute('aria-selected', String(selected));
      tr.classList.toggle('selected', selected);
    }
    const index = id ? position.get(id) : undefined;
    if (scroll && index !== undefined) scrollToIndex(index);
  }

  function markHovered(id: string | null): void {
    for (const [rowId, tr] of rows) tr.classList.toggle('hovered', rowId === id);
  }

  function focusRow(id: string | undefined): void {
    const index = id ? position.get(id) : undefined;
    if (id === undefined || index === undefined) return;
    active = id;
    scrollToIndex(index);
    const tr = rows.get(id);
    if (!tr) return;
    updateTabStops();
    tr.focus({ preventScroll: true });
  }

  body.addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest('tr')?.dataset['claimId'];
    if (!current) return;
    const index = position.get(current) ?? 0;
    const page = Math.max(1, Math.floor(scroller.clientHeight / rowHeight) - 1);
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
    const index = id ? position.get(id) : undefined;
    if (index !== undefined && document.activeElement?.closest('tbody') !== body) scrollToIndex(index);
  });
  selection.subscribe(() => markSelected(true));
  list.subscribe(render);

  return {
    setClaims(next, totalCount) {
      all = next;
      total = totalCount;
      render();
    },
  };
}
