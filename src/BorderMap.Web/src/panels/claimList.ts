import './claimList.css';
import { fromLonLat } from 'ol/proj';
import type { CategoryLookup } from '../shared/categories';
import type { ClaimsLayer } from '../map/claimsLayer';
import { AT_LEAST_TITLE, formatCount, showBound } from '../shared/countBound';
import { el, replaceChildren } from '../shared/dom';
import { formatNumber } from '../shared/format';
import type { Filters } from '../state/filters';
import type { Primed } from '../api/primed';
import type { PendingWork } from '../api/work';
import type { SelectionStore } from '../state/selection';
import type { Store } from '../state/store';
import type { ClaimMarker, ClaimPage, ClaimTotal, RegionSummary } from '../types';
import type { ListState } from '../state/urlState';
import { type ClaimColumn, claimColumns, type PlaceLookup } from './claimColumns';
import { createClaimPages, type ListAnswer, MAX_ROWS, storeSort } from './claimPages';
import { placeTooltip, resolvedPlaceName } from './placeName';
import { VirtualRows } from './virtualRows';

/**
 * The claim list under the map: the claims the filters pass, read from the store a page at a
 * time (claimPages.ts), searchable by the store and sortable by every column while the whole set
 * fits one page, in step with the map. Hovering a row highlights its symbol and the
 * other way round; arrow keys move through the rows (highlighting as they go) and Enter selects.
 */

export interface ClaimListOptions {
  root: HTMLElement;
  category: CategoryLookup;
  list: Store<ListState>;
  filters: Store<Filters>;
  claims: ClaimsLayer;
  selection: SelectionStore;
  work: PendingWork;
  /** The regions, for the names of the places claims are placed at. */
  regions: readonly RegionSummary[];
  /** Brings a claim chosen in the list into view (the map pans if it is off screen). */
  reveal: (id: string) => void;
  /** The first page, if it was asked for before the list was wired. */
  primed?: Primed<ClaimPage<ClaimMarker>>;
}

export interface ClaimList {
  /** Reads the list again (the filters or the store changed); `total` is how many claims meet the filters, as it is asked for. */
  reload(total: Promise<ClaimTotal>): void;
}

/** Place names resolved once per claim marker. */
function placeLookup(regions: readonly RegionSummary[]): PlaceLookup {
  const byId = new Map(regions.map((region) => [region.id, region]));
  const resolved = new WeakMap<ClaimMarker, string | null>();
  const resolve = (claim: ClaimMarker) => {
    if (!resolved.has(claim)) resolved.set(claim, resolvedPlaceName(claim.areas ?? [], byId));
    return resolved.get(claim) ?? null;
  };
  return {
    name: (claim) => resolve(claim) ?? claim.place ?? '',
    tooltip: (claim) => placeTooltip(resolve(claim), claim.place ?? ''),
  };
}

/** A header cell whose whole area is the sort button; a second click reverses the order. */
function headerCell(column: ClaimColumn, list: Store<ListState>): HTMLTableCellElement {
  const button = el(
    'button',
    { className: 'sort', attrs: { type: 'button', 'data-sort': column.key, title: `Sort by ${column.label.toLowerCase()}` } },
    column.label,
    el('span', { className: 'sort-mark', attrs: { 'aria-hidden': 'true' } }),
  );
  button.addEventListener('click', () =>
    list.update((state) => ({ ...state, sort: column.key, descending: state.sort === column.key ? !state.descending : false })),
  );
  return el('th', { className: `${column.className} sortable`, attrs: { scope: 'col', 'data-sort': column.key } }, button);
}

/** Marks the sorted column (the list or, for a large answer, the store sorts by it). */
function markSorted(head: HTMLTableSectionElement, state: ListState): void {
  for (const th of head.querySelectorAll<HTMLTableCellElement>('th[data-sort]')) {
    const sorted = th.dataset['sort'] === state.sort;
    th.setAttribute('aria-sort', sorted ? (state.descending ? 'descending' : 'ascending') : 'none');
    th.querySelector('button')?.setAttribute('data-active', String(sorted));
  }
}

/** One row: every cell carries its full text as a tooltip. */
function rowFor(claim: ClaimMarker, columns: readonly ClaimColumn[]): HTMLTableRowElement {
  return el(
    'tr',
    { testId: `claim-row-${claim.id}`, attrs: { 'data-claim-id': claim.id, tabindex: '-1', 'aria-selected': 'false' } },
    ...columns.map((column) => el('td', { className: column.className, attrs: { title: column.tooltip(claim) } }, column.cell(claim))),
  );
}

/** "12 of 3,000" (or "of 1,001+" past the count cap), or just "3,000" when everything is shown. */
function countText(shown: number, answer: ListAnswer, searching: boolean): string {
  const total = formatCount(answer.total, answer.totalAtLeast);
  return searching || shown !== answer.total || answer.totalAtLeast ? `${formatNumber(shown)} of ${total}` : total;
}

interface ListParts {
  search: HTMLInputElement;
  count: HTMLElement;
  note: HTMLElement;
  scroller: HTMLElement;
  table: HTMLTableElement;
  head: HTMLTableSectionElement;
  body: HTMLTableSectionElement;
  after: HTMLElement;
}

function buildParts(root: HTMLElement, columns: readonly ClaimColumn[], list: Store<ListState>): ListParts {
  const search = el('input', {
    className: 'search-field',
    testId: 'claim-list-search',
    attrs: { type: 'search', placeholder: 'Search claims and quotes…', 'aria-label': 'Search the claims: titles, places, actors, quotes and translations', autocomplete: 'off' },
  });
  const count = el('span', { className: 'count list-count', testId: 'claim-list-count', attrs: { 'aria-live': 'polite' } });
  const head = el('thead', null, el('tr', null, ...columns.map((column) => headerCell(column, list))));
  const body = el('tbody', null);
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
  return { search, count, note, scroller, table, head, body, after };
}

/** Arrow keys, Page Up/Down, Home and End move through the rows; Enter or Space selects. */
function wireKeys(parts: ListParts, rows: VirtualRows, claims: ClaimsLayer, choose: (id: string) => void): void {
  parts.search.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' || rows.length === 0) return;
    event.preventDefault();
    const active = rows.active;
    rows.focusRow(active !== null && rows.indexOf(active) !== undefined ? active : rows.idAt(0));
  });
  parts.body.addEventListener('keydown', (event) => {
    const current = (event.target as HTMLElement).closest('tr')?.dataset['claimId'];
    if (!current) return;
    const index = rows.indexOf(current) ?? 0;
    const moves: Record<string, number> = { ArrowDown: 1, ArrowUp: -1, PageDown: rows.pageSize, PageUp: -rows.pageSize };
    const target = event.key === 'Home' ? 0 : event.key === 'End' ? rows.length - 1 : moves[event.key] === undefined ? undefined : index + (moves[event.key] ?? 0);
    if (target !== undefined) {
      event.preventDefault();
      rows.focusRow(rows.idAt(target));
    } else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      choose(current);
    }
  });
  parts.body.addEventListener('focusout', (event) => {
    if (!parts.body.contains(event.relatedTarget as Node | null) && rows.has(claims.hovered)) claims.setHovered(null);
  });
}

/** Hovering or focusing a row highlights its claim on the map; a click selects it. */
function wireRow(tr: HTMLTableRowElement, id: string, rows: VirtualRows, claims: ClaimsLayer, choose: (id: string) => void): HTMLTableRowElement {
  tr.addEventListener('mouseenter', () => claims.setHovered(id));
  tr.addEventListener('mouseleave', () => {
    if (claims.hovered === id) claims.setHovered(null);
  });
  tr.addEventListener('click', () => choose(id));
  tr.addEventListener('focus', () => {
    rows.active = id;
    rows.updateTabStops();
    claims.setHovered(id);
  });
  return tr;
}

/** Why the list shows no rows, or only some of them; '' when nothing needs saying. */
function noteFor(answer: ListAnswer | null, text: string): string {
  if (!answer || answer.text !== text) return text ? 'Searching…' : '';
  if (answer.rows.length === 0) return text ? 'No claim matches the search.' : 'No claims pass the filters.';
  if (answer.complete) return '';
  if (answer.rows.length >= MAX_ROWS) return `The list stops at ${MAX_ROWS.toLocaleString('en-US')} rows: narrow the filters or search.`;
  return `Sorted by the store: ${answer.rows.length.toLocaleString('en-US')} of ${formatCount(answer.total, answer.totalAtLeast)} rows read. More rows load as you scroll.`;
}

/** The answer's rows, sorted by the list's column when the whole answer is at hand (else in the store's order for the sort). */
function rowsInOrder(answer: ListAnswer | null, columns: ReturnType<typeof claimColumns>, state: ListState): ClaimMarker[] {
  const shown = answer?.rows ?? [];
  if (!answer?.complete) return [...shown];
  const column = columns.find((c) => c.key === state.sort) ?? columns[0];
  const sorted = [...shown].sort(column.compare);
  if (state.descending) sorted.reverse();
  return sorted;
}

/** A claim hovered on the map is marked in the list and scrolled to, unless the user is moving through the list. */
function followMapHover(claims: ClaimListOptions['claims'], rows: VirtualRows, body: HTMLElement): void {
  claims.onHover((id) => {
    rows.markHovered(id);
    const index = rows.indexOf(id);
    if (index !== undefined && document.activeElement?.closest('tbody') !== body) rows.scrollToIndex(index);
  });
}

/** The count, the note, the sort marks and the search field, after the rows changed. */
function showListStatus(parts: ReturnType<typeof buildParts>, answer: ListAnswer | null, state: ListState): void {
  const text = state.query.trim();
  const current = answer?.text === text ? answer : null;
  parts.count.textContent = current ? countText(current.rows.length, current, text !== '') : '';
  // The filters' total asks for its exact figure when clicked; a search's total is the list's own.
  showBound(parts.count, text === '' && (current?.totalAtLeast ?? false));
  if (text !== '' && current?.totalAtLeast) parts.count.title = AT_LEAST_TITLE;
  parts.table.dataset['count'] = String(current?.rows.length ?? 0);
  parts.table.dataset['total'] = String(current?.total ?? 0);
  parts.table.setAttribute('aria-busy', String(!current));
  parts.note.textContent = noteFor(answer, text);
  parts.note.hidden = parts.note.textContent === '';
  markSorted(parts.head, state);
  if (parts.search.value !== state.query) parts.search.value = state.query;
}

export function createClaimList(options: ClaimListOptions): ClaimList {
  const { root, list, claims, selection, filters } = options;
  const columns = claimColumns(options.category, placeLookup(options.regions));
  const parts = buildParts(root, columns, list);
  const selectedId = () => {
    const current = selection.get();
    return current?.kind === 'claim' ? current.id : null;
  };
  const choose = (id: string) => {
    rows.active = id;
    selection.set({ kind: 'claim', id });
    options.reveal(id);
  };
  const rows: VirtualRows = new VirtualRows({
    ...parts,
    makeRow: (claim) => wireRow(rowFor(claim, columns), claim.id, rows, claims, choose),
    selectedId,
    hoveredId: () => claims.hovered,
  });
  const meet = (markers: readonly ClaimMarker[]) => {
    for (const marker of markers) if (marker.anchor) claims.meet(marker, fromLonLat(marker.anchor));
  };
  let answer: ListAnswer | null = null;
  const searchText = () => list.get().query.trim();
  const pages = createClaimPages(
    options.work,
    (next) => {
      answer = next;
      meet(next.rows);
      render();
    },
    (more, next) => {
      answer = next;
      meet(more);
      rows.append(more);
      showStatus();
    },
    options.primed,
  );
  let filtersTotal: Promise<ClaimTotal> | null = null;
  const reload = () => pages.load(filters.get(), searchText(), filtersTotal, storeSort(list.get()));

  const showStatus = () => showListStatus(parts, answer, list.get());

  function render(): void {
    rows.show(rowsInOrder(answer, columns, list.get()));
    showStatus();
    rows.markSelected(true);
  }

  wireKeys(parts, rows, claims, choose);
  parts.scroller.addEventListener('scroll', () => {
    if (rows.nearEnd) pages.more();
  });
  followMapHover(claims, rows, parts.body);
  selection.subscribe(() => rows.markSelected(true));
  list.subscribe((now, before) => {
    // A partial answer is in the store's order for its sort: another sort reads it again.
    const resorted = answer !== null && !answer.complete && answer.sort !== storeSort(list.get());
    if (now.query.trim() !== before.query.trim() || resorted) reload();
    else render();
  });

  return {
    reload(total) {
      filtersTotal = total;
      reload();
    },
  };
}
