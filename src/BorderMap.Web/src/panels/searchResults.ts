import { el, replaceChildren } from '../shared/dom';
import type { SearchResult } from '../types';

/** The search box's dropdown: a listbox of hits that the input drives (aria-activedescendant). */

const MAX_RESULTS = 12;
const KIND_LABEL: Record<string, string> = { region: 'Region', place: 'Place', claim: 'Claim' };

export interface SearchList {
  /** The hits shown, best first. */
  results(): SearchResult[];
  /** The highlighted hit's index, -1 for none. */
  activeIndex(): number;
  /** The query the shown hits answer. */
  shownFor(): string;
  isOpen(): boolean;
  open(show: boolean): void;
  setActive(index: number): void;
  show(found: SearchResult[], query: string): void;
  message(text: string, className?: string): void;
  choose(result: SearchResult): void;
  clear(): void;
}

function resultItem(result: SearchResult, index: number): HTMLLIElement {
  return el(
    'li',
    {
      className: 'search-result',
      testId: `search-result-${result.kind}-${result.id}`,
      attrs: { id: `search-result-${index}`, role: 'option', 'aria-selected': 'false', 'data-kind': result.kind },
    },
    el('span', { className: `kind kind-${result.kind}` }, KIND_LABEL[result.kind] ?? result.kind),
    el('span', { className: 'result-name' }, result.name),
    result.matched && result.matched !== result.name ? el('span', { className: 'matched muted' }, result.matched) : null,
  );
}

export function createSearchList(input: HTMLInputElement, listbox: HTMLElement, onChoose: (result: SearchResult) => void): SearchList {
  let results: SearchResult[] = [];
  let activeIndex = -1;
  let shownFor = '';

  const list: SearchList = {
    results: () => results,
    activeIndex: () => activeIndex,
    shownFor: () => shownFor,
    isOpen: () => !listbox.hidden,
    open(show) {
      listbox.hidden = !show;
      input.setAttribute('aria-expanded', String(show));
    },
    setActive(index) {
      activeIndex = index;
      [...listbox.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
      const item = listbox.children[index] as HTMLElement | undefined;
      if (item) {
        input.setAttribute('aria-activedescendant', item.id);
        item.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    },
    show(found, query) {
      results = found.slice(0, MAX_RESULTS);
      shownFor = query;
      activeIndex = -1;
      if (results.length === 0) return list.message(`Nothing found for “${query}”.`);
      replaceChildren(listbox, ...results.map((result, i) => {
        const item = resultItem(result, i);
        item.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        item.addEventListener('click', () => list.choose(result));
        item.addEventListener('mousemove', () => activeIndex !== i && list.setActive(i));
        return item;
      }));
      list.open(true);
    },
    message(text, className = 'hint') {
      replaceChildren(listbox, el('li', { className: `search-message ${className}`, attrs: { role: 'presentation' } }, text));
      list.open(true);
    },
    choose(result) {
      list.open(false);
      input.value = result.name;
      shownFor = result.name;
      onChoose(result);
    },
    clear() {
      results = [];
      shownFor = '';
      list.open(false);
    },
  };
  return list;
}
