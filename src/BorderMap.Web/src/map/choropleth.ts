import { el, replaceChildren } from '../shared/dom';
import type { Store } from '../state/store';

/**
 * Choropleth mode: provinces shaded by how many of the filtered claims lie in or reference
 * them (the store's counts per region, `/api/claims/facets`, as in the region panel). Counts are small and skewed, so classes
 * are single values up to 5 and doubling ranges (1, 2–3, 4–7, …) above that.
 */

/**
 * Light to dark (ColorBrewer GnBu, green-blue), for 1.. classes; zero claims keep the normal
 * fill. Not purple: the territorial-control symbols are purple and must stand out on any
 * class. The export renderer shades with the same ramp.
 */
export const RAMP = ['#e0f3db', '#ccebc5', '#a8ddb5', '#7bccc4', '#4eb3d3', '#2b8cbe', '#08589e'];
export const ZERO_FILL = '#f7f5f0';

export interface ChoroplethClass {
  min: number;
  max: number;
  color: string;
}

export function classesFor(maxCount: number): ChoroplethClass[] {
  const ranges: Array<[number, number]> = [];
  if (maxCount <= 5) {
    for (let n = 1; n <= maxCount; n++) ranges.push([n, n]);
  } else {
    for (let low = 1; low <= maxCount; low *= 2) ranges.push([low, Math.min(maxCount, low * 2 - 1)]);
  }
  // Use the ramp from its second step (the first is too close to "none"), one step per class,
  // stretched a little when there are few classes so that they still contrast.
  return ranges.map(([min, max], i) => {
    const n = ranges.length;
    const last = Math.min(RAMP.length - 1, n + 1);
    const index = n === 1 ? 3 : 1 + Math.round((i * (last - 1)) / (n - 1));
    return { min, max, color: RAMP[index] };
  });
}

export function colorFor(classes: readonly ChoroplethClass[], count: number): string {
  if (count <= 0) return ZERO_FILL;
  return (classes.find((c) => count >= c.min && count <= c.max) ?? classes[classes.length - 1])?.color ?? ZERO_FILL;
}

function rangeLabel({ min, max }: ChoroplethClass): string {
  return min === max ? String(min) : `${min}–${max}`;
}

/** The key shown under the toggle while the mode is on. */
export function renderChoroplethLegend(root: HTMLElement, classes: readonly ChoroplethClass[], provincesShaded: number): void {
  const swatch = (color: string, text: string) => {
    const sample = el('span', { className: 'swatch', attrs: { 'aria-hidden': 'true' } });
    sample.style.backgroundColor = color;
    sample.style.borderColor = '#b9ab90';
    return el('li', { className: 'row' }, sample, el('span', { className: 'row-label' }, text));
  };
  replaceChildren(
    root,
    el('p', { className: 'hint' }, 'Claims per province under the current filters'),
    el(
      'ul',
      { className: 'legend-areas', attrs: { 'aria-label': 'Claims per province' } },
      swatch(ZERO_FILL, 'none'),
      ...classes.map((c) => swatch(c.color, `${rangeLabel(c)} ${c.max === 1 ? 'claim' : 'claims'}`)),
    ),
    el('p', { className: 'hint' }, `${provincesShaded} ${provincesShaded === 1 ? 'province has' : 'provinces have'} claims`),
  );
}

/** The switch (and, while on, the key) shown under the layer list. */
export function renderChoroplethControl(enabled: Store<boolean>): { element: HTMLElement; legend: HTMLElement } {
  const toggle = el('input', { testId: 'choropleth-toggle', attrs: { type: 'checkbox' } });
  toggle.addEventListener('change', () => enabled.set(toggle.checked));
  const legend = el('div', { className: 'choropleth-legend', testId: 'choropleth-legend' });
  const sync = () => {
    toggle.checked = enabled.get();
    legend.hidden = !enabled.get();
  };
  enabled.subscribe(sync);
  sync();
  const element = el(
    'div',
    { className: 'choropleth-control' },
    el('label', { className: 'row' }, toggle, el('span', { className: 'row-label' }, 'Shade provinces by claim count')),
    legend,
  );
  return { element, legend };
}
