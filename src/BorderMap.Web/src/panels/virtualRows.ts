import type { ClaimMarker } from '../types';

/**
 * The claim list's table body, virtual: only the rows in view (plus a margin) exist in the DOM,
 * so 100,000 claims scroll like 20. Rows have one fixed height; the table is shifted down by the
 * rows above the window and a spacer below it stands for the rows after, so the scroll bar is
 * true. It also keeps the marks a row carries (selected, hovered) and the one tab stop.
 */

/** Rows rendered above and below the visible ones. */
const OVERSCAN = 30;
/** Row height until one has been measured (CSS sets it; see `.claim-table tbody tr`). */
const DEFAULT_ROW_HEIGHT = 28;

export interface VirtualRowsParts {
  scroller: HTMLElement;
  table: HTMLTableElement;
  head: HTMLTableSectionElement;
  body: HTMLTableSectionElement;
  /** The spacer after the table. */
  after: HTMLElement;
  makeRow(claim: ClaimMarker): HTMLTableRowElement;
  selectedId(): string | null;
  hoveredId(): string | null;
}

export class VirtualRows {
  /** The claims in list order, and their ids' positions. */
  private claims: ClaimMarker[] = [];
  private position = new Map<string, number>();
  /** The rows in the DOM now, by claim id. */
  private rows = new Map<string, HTMLTableRowElement>();
  private windowStart = 0;
  private windowEnd = 0;
  private rowHeight = DEFAULT_ROW_HEIGHT;
  /** The row the keyboard is on (the tab stop), if any. */
  active: string | null = null;

  constructor(private readonly parts: VirtualRowsParts) {
    let frame = 0;
    parts.scroller.addEventListener('scroll', () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        this.renderWindow();
      });
    });
  }

  get length(): number {
    return this.claims.length;
  }

  idAt(index: number): string | undefined {
    return this.claims[Math.max(0, Math.min(this.claims.length - 1, index))]?.id;
  }

  indexOf(id: string | null | undefined): number | undefined {
    return id ? this.position.get(id) : undefined;
  }

  has(id: string | null): boolean {
    return id !== null && this.rows.has(id);
  }

  /** Rows that fit in the scroller, less one (a page for PageUp/PageDown). */
  get pageSize(): number {
    return Math.max(1, Math.floor(this.parts.scroller.clientHeight / this.rowHeight) - 1);
  }

  /** Shows these claims, in this order. */
  show(claims: readonly ClaimMarker[]): void {
    this.claims = [...claims];
    this.position = new Map(claims.map((c, i) => [c.id, i]));
    this.rows = new Map();
    this.renderWindow(true);
  }

  /** Adds claims after those shown (the list's next page), keeping the rows already in the DOM. */
  append(more: readonly ClaimMarker[]): void {
    for (const claim of more) {
      if (this.position.has(claim.id)) continue;
      this.position.set(claim.id, this.claims.length);
      this.claims.push(claim);
    }
    this.renderWindow(true);
  }

  /** Whether the rows in view are within a screenful of the last one. */
  get nearEnd(): boolean {
    const { scroller } = this.parts;
    return scroller.scrollTop + 2 * scroller.clientHeight >= this.claims.length * this.rowHeight;
  }

  /** Which rows the scroll position shows, with the overscan margin. */
  private windowRange(): [number, number] {
    const { scroller, head } = this.parts;
    const first = Math.floor(Math.max(0, scroller.scrollTop - head.offsetHeight) / this.rowHeight);
    const shown = Math.ceil((scroller.clientHeight || 300) / this.rowHeight) + 1;
    return [Math.max(0, first - OVERSCAN), Math.min(this.claims.length, first + shown + OVERSCAN)];
  }

  /** Puts the rows of the current window into the DOM, reusing those already there. */
  renderWindow(force = false): void {
    const [start, end] = this.windowRange();
    if (!force && start === this.windowStart && end === this.windowEnd) return;
    this.windowStart = start;
    this.windowEnd = end;
    const next = new Map<string, HTMLTableRowElement>();
    for (const claim of this.claims.slice(start, end)) next.set(claim.id, this.rows.get(claim.id) ?? this.parts.makeRow(claim));
    this.placeRows(next);
    this.parts.table.style.marginTop = `${start * this.rowHeight}px`;
    this.parts.after.style.height = `${(this.claims.length - end) * this.rowHeight}px`;
    if (this.measureRowHeight()) {
      this.renderWindow(true);
      return;
    }
    this.markSelected(false);
    this.markHovered(this.parts.hoveredId());
    this.updateTabStops();
  }

  /** Rows that stay are not moved, so a focused row keeps the keyboard focus while scrolling. */
  private placeRows(next: Map<string, HTMLTableRowElement>): void {
    const body = this.parts.body;
    const keep = new Set(next.values());
    for (const child of [...body.children]) if (!keep.has(child as HTMLTableRowElement)) child.remove();
    let cursor = body.firstElementChild;
    for (const tr of next.values()) {
      if (tr === cursor) cursor = cursor.nextElementSibling;
      else body.insertBefore(tr, cursor);
    }
    this.rows = next;
  }

  /** Whether the real row height differs from the one assumed (then the window is laid out again). */
  private measureRowHeight(): boolean {
    const first = this.parts.body.firstElementChild as HTMLElement | null;
    if (!first || first.offsetHeight <= 0 || Math.abs(first.offsetHeight - this.rowHeight) <= 0.5) return false;
    this.rowHeight = first.offsetHeight;
    return true;
  }

  updateTabStops(): void {
    const selected = this.parts.selectedId();
    const first = (this.parts.body.firstElementChild as HTMLElement | null)?.dataset['claimId'];
    const stop = this.has(this.active) ? this.active : this.has(selected) ? selected : first;
    for (const [id, tr] of this.rows) tr.tabIndex = id === stop ? 0 : -1;
  }

  /** Scrolls so that the row at `index` is in view (below the sticky header). */
  scrollToIndex(index: number): void {
    const { scroller, head } = this.parts;
    const top = index * this.rowHeight;
    const bottom = top + this.rowHeight + head.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
    this.renderWindow();
  }

  markSelected(scroll: boolean): void {
    const id = this.parts.selectedId();
    for (const [rowId, tr] of this.rows) {
      const selected = rowId === id;
      tr.setAttribute('aria-selected', String(selected));
      tr.classList.toggle('selected', selected);
    }
    const index = this.indexOf(id);
    if (scroll && index !== undefined) this.scrollToIndex(index);
  }

  markHovered(id: string | null): void {
    for (const [rowId, tr] of this.rows) tr.classList.toggle('hovered', rowId === id);
  }

  focusRow(id: string | undefined): void {
    const index = this.indexOf(id);
    if (id === undefined || index === undefined) return;
    this.active = id;
    this.scrollToIndex(index);
    const tr = this.rows.get(id);
    if (!tr) return;
    this.updateTabStops();
    tr.focus({ preventScroll: true });
  }
}
