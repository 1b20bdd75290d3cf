import { el, replaceChildren } from './dom';
import type { CategoryStyle, AreaColours } from './types';
import { symbolCanvas } from './symbols';

export interface LegendOptions {
  categories: CategoryStyle[];
  counts: Map<string, number>;
  areas: AreaColours;
  onToggle: (categoryId: string, visible: boolean) => void;
}

/** Claim categories (symbol, colour, label, count, visibility checkbox) and the area key. */
export function renderLegend(root: HTMLElement, options: LegendOptions): void {
  const list = el('ul', { className: 'legend-list', attrs: { 'aria-label': 'Claim categories' } });
  for (const category of options.categories) {
    const checkbox = el('input', {
      testId: `legend-toggle-${category.id}`,
      attrs: { type: 'checkbox', 'data-category': category.id },
    });
    checkbox.checked = true;
    checkbox.addEventListener('change', () => options.onToggle(category.id, checkbox.checked));
    const count = options.counts.get(category.id) ?? 0;
    list.append(
      el(
        'li',
        { className: count === 0 ? 'empty' : '', attrs: { 'data-category': category.id } },
        el(
          'label',
          { className: 'row' },
          checkbox,
          symbolCanvas(category),
          el('span', { className: 'row-label' }, category.label),
          el('span', { className: 'count', attrs: { 'aria-label': `${count} claims` } }, count),
        ),
      ),
    );
  }
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
  replaceChildren(root, el('h2', { attrs: { id: 'legend-heading' } }, 'Legend'), list, el('h3', null, 'Areas'), areaKey);
}
