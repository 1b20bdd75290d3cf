import type BaseLayer from 'ol/layer/Base';
import { showCount } from '../shared/countBound';
import { el, replaceChildren } from '../shared/dom';

export interface SwitchableLayer {
  id: string;
  title: string;
  count: number | null;
  layers: BaseLayer[];
}

/**
 * One checkbox per API layer (plus claims); each toggles all OpenLayers layers behind it.
 * `extra` controls (the choropleth switch) follow the list.
 * Returns a setter for counts that are only known later (claims load after the switcher shows).
 */
export function renderLayerSwitcher(root: HTMLElement, entries: SwitchableLayer[], ...extra: HTMLElement[]): (id: string, count: number, atLeast?: boolean) => void {
  const counts = new Map<string, HTMLElement>();
  const list = el('ul', { className: 'layer-list' });
  for (const entry of entries) {
    const checkbox = el('input', { testId: `layer-toggle-${entry.id}`, attrs: { type: 'checkbox', 'data-layer': entry.id } });
    checkbox.checked = entry.layers.every((layer) => layer.getVisible());
    checkbox.addEventListener('change', () => entry.layers.forEach((layer) => layer.setVisible(checkbox.checked)));
    // Follow changes made elsewhere (a permalink being applied).
    entry.layers[0]?.on('change:visible', () => {
      checkbox.checked = entry.layers.every((layer) => layer.getVisible());
    });
    list.append(
      el(
        'li',
        null,
        el(
          'label',
          { className: 'row' },
          checkbox,
          el('span', { className: 'row-label' }, entry.title),
          counted(entry),
        ),
      ),
    );
  }
  replaceChildren(root, el('h2', { attrs: { id: 'layers-heading' } }, 'Layers'), list, ...extra);
  return (id, count, atLeast) => {
    const badge = counts.get(id);
    if (badge) showCount(badge, count, atLeast ?? false);
  };

  function counted(entry: SwitchableLayer): HTMLElement {
    const badge = el('span', { className: 'count' }, entry.count ?? '');
    counts.set(entry.id, badge);
    return badge;
  }
}
