import { el, replaceChildren } from '../shared/dom';
import type { Filters } from '../state/filters';
import { showCount } from '../shared/countBound';
import type { Store } from '../state/store';
import { symbolImage } from '../map/symbols';
import type { AreaColours, CategoryStyle } from '../types';

export interface LegendOptions {
  categories: CategoryStyle[];
  areas: AreaColours;
  /** The category checkboxes are the category filter. */
  filters: Store<Filters>;
}

export interface Legend {
  /** Claims per category under the current filters; `atLeast`: each is a lower bound. */
  setCounts(counts: Map<string, number>, atLeast: boolean): void;
}

/**
 * Claim categories (symbol, colour, label, count under the filters, and a checkbox that is the
 * category filter) and the area key.
 */
export function renderLegend(root: HTMLElement, options: LegendOptions): Legend {
  const { filters } = options;
  const ids = options.categories.map((c) => c.id);
  const list = el('ul', { className: 'legend-list', attrs: { 'aria-label': 'Claim categories' } });
  const rows = options.categories.map((category) => {
    const checkbox = el('input', {
      testId: `filter-category-${category.id}`,
      attrs: { type: 'checkbox', 'data-category': category.id },
    });
    checkbox.addEventListener('change', () => {
      const checked = rows.filter((r) => r.checkbox.checked).map((r) => r.id);
      filters.update((f) => ({ ...f, categories: checked.length === ids.length ? null : checked }));
    });
    const count = el('span', { className: 'count' }, '');
    const item = el(
      'li',
      { attrs: { 'data-category': category.id } },
      el('label', { className: 'row' }, checkbox, symbolImage(category), el('span', { className: 'row-label' }, category.label), count),
    );
    list.append(item);
    return { id: category.id, checkbox, count, item };
  });
  const all = el('button', { className: 'button-link', attrs: { type: 'button' } }, 'All');
  const none = el('button', { className: 'button-link', attrs: { type: 'button' } }, 'None');
  all.addEventListener('click', () => filters.update((f) => ({ ...f, categories: null })));
  none.addEventListener('click', () => filters.update((f) => ({ ...f, categories: [] })));

  const swatch = (fill: string, stroke: string, text: string, line = false) => {
    const sample = el('span', { className: line ? 'swatch swatch-line' : 'swatch', attrs: { 'aria-hidden': 'true' } });
    // CSSOM setters, not a style attribute: colour strings are parsed as values only.
    if (line) sample.style.borderTopColor = stroke;
    else {
      sample.style.backgroundColor = fill;
      sample.style.borderColor = stroke;
    }
    return el('li', { className: 'row' }, sample, el('span', { className: 'row-label' }, text));
  };
  const a = options.areas;
  const areaKey = el(
    'ul',
    { className: 'legend-areas', attrs: { 'aria-label': 'Areas' } },
    swatch(a.focusFill, a.focusStroke, 'Focus area'),
    swatch(a.contextFill, a.contextStroke, 'Province or region'),
    swatch(a.neighbourFill, a.contextStroke, 'Neighbouring country'),
    swatch('', a.river, 'Panj / Amu Darya', true),
  );
  // Matches map/symbols.ts: a date known only to the week, month or year is drawn pale and dashed.
  const uncertain = swatch('rgba(74, 85, 97, 0.4)', '#4a5561', 'Claim dated only to a week, month or year');
  uncertain.classList.add('swatch-uncertain');
  replaceChildren(
    root,
    el('div', { className: 'section-head' }, el('h2', { attrs: { id: 'legend-heading' } }, 'Legend · categories'), el('span', { className: 'head-actions' }, all, none)),
    list,
    el('h3', null, 'Areas'),
    areaKey,
    el('ul', { className: 'legend-areas', attrs: { 'aria-label': 'Dates' } }, uncertain),
  );

  const sync = () => {
    const selected = filters.get().categories;
    for (const row of rows) row.checkbox.checked = selected === null || selected.includes(row.id);
  };
  filters.subscribe(sync);
  sync();

  return {
    setCounts(counts, atLeast) {
      for (const row of rows) {
        const n = counts.get(row.id) ?? 0;
        showCount(row.count, n, atLeast && n > 0);
        row.item.classList.toggle('empty', n === 0);
      }
    },
  };
}
