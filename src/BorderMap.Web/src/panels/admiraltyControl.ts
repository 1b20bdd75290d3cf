import { el } from '../shared/dom';
import type { Store } from '../state/store';

/** The layer panel's switch that shows each single claim's Admiralty code (source letter, claim digit) under its symbol. */
export function renderAdmiraltyControl(shown: Store<boolean>): HTMLElement {
  const toggle = el('input', { testId: 'admiralty-codes-toggle', attrs: { type: 'checkbox' } });
  toggle.addEventListener('change', () => shown.set(toggle.checked));
  const sync = () => {
    toggle.checked = shown.get();
  };
  shown.subscribe(sync);
  sync();
  return el(
    'div',
    { className: 'admiralty-control' },
    el(
      'label',
      { className: 'row', attrs: { title: 'Source reliability A–F and information credibility 1–6; red: unreliable source or improbable claim' } },
      toggle,
      el('span', { className: 'row-label' }, 'Label claims with their Admiralty code'),
    ),
  );
}
