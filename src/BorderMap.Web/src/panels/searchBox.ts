import { api, ApiError, isAbort } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { SearchResult } from '../types';
import type { PendingWork } from '../api/work';

/**
 * The top bar's search: regions, places and claims by name in any language or usual spelling
 * (`/api/search`). Results drop down as a listbox; arrow keys move, Enter or a click picks
 * (Enter with nothing highlighted picks the best hit, waiting for it if needed).
 */

const DEBOUNCE_MS = 140;
const MAX_RESULTS = 12;
const KIND_LABEL: Record<string, string> = { region: 'Region', place: 'Place', claim: 'Claim' };

export interface SearchBoxOptions {
  root: HTMLElement;
  work: PendingWork;
  onChoose: (result: SearchResult) => void;
}

export function createSearchBox({ root, work, onChoose }: SearchBoxOptions): void {
  const input = el('input', {
    className: 'search-input',
    testId: 'search-input',
    attrs: {
      type: 'search',
      placeholder: 'Search places, regions, claims…',
      autocomplete: 'off',
      spellcheck: 'false',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-results',
      'aria-label': 'Search places, regions and claims',
    },
  });
  const listbox = el('ul', { className: 'search-results', testId: 'search-results', attrs: { id: 'search-results', role: 'listbox' } });
  listbox.hidden = true;
  replaceChildren(root, input, listbox);

  let results: SearchResult[] = [];
  let activeIndex = -1;
  let timer: number | undefined;
  let controller: AbortController | null = null;
  let shownFor = '';

  function open(show: boolean): void {
    listbox.hidden = !show;
    input.setAttribute('aria-expanded', String(show));
  }

  function setActive(index: number): void {
    activeIndex = index;
    [...listbox.children].forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
    const item = listbox.children[index] as HTMLElement | undefined;
    if (item) {
      input.setAttribute('aria-activedescendant', item.id);
      item.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  }

  function choose(result: SearchResult): void {
    open(false);
    input.value = result.name;
    shownFor = result.name;
    onChoose(result);
  }

  function message(text: string, className = 'hint'): void {
    replaceChildren(listbox, el('li', { className: `search-message ${className}`, attrs: { role: 'presentation' } }, text));
    open(true);
  }

  function show(found: SearchResult[], query: string): void {
    results = found.slice(0, MAX_RESULTS);
    shownFor = query;
    activeIndex = -1;
    if (results.length === 0) {
      message(`Nothing found for “${query}”.`);
      return;
    }
    replaceChildren(
      listbox,
      ...results.map((result, i) => {
        const item = el(
          'li',
          {
            className: 'search-result',
            testId: `search-result-${result.kind}-${result.id}`,
            attrs: { id: `search-result-${i}`, role: 'option', 'aria-selected': 'false', 'data-kind': result.kind },
          },
          el('span', { className: `kind kind-${result.kind}` }, KIND_LABEL[result.kind] ?? result.kind),
          el('span', { className: 'result-name' }, result.name),
          result.matched && result.matched !== result.name ? el('span', { className: 'matched muted' }, result.matched) : null,
        );
        item.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the box
        item.addEventListener('click', () => choose(result));
        item.addEventListener('mousemove', () => activeIndex !== i && setActive(i));
        return item;
      }),
    );
    open(true);
  }

  function run(query: string): Promise<SearchResult[]> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const request = api.search(query, mine.signal);
    void work.track(
      request.then(
        (found) => {
          if (controller === mine && input.value.trim() === query) show(found, query);
        },
        (error: unknown) => {
          if (isAbort(error) || controller !== mine) return;
          message(
            error instanceof ApiError && error.status === 404 ? 'Search is not available on this server.' : `Search failed: ${error instanceof Error ? error.message : String(error)}`,
            'warning',
          );
        },
      ),
    );
    return request;
  }

  // The debounce counts as pending work, so automation can wait for the results.
  let releaseDebounce: (() => void) | null = null;
  function cancelDebounce(): void {
    window.clearTimeout(timer);
    releaseDebounce?.();
    releaseDebounce = null;
  }

  input.addEventListener('input', () => {
    cancelDebounce();
    const query = input.value.trim();
    if (query.length === 0) {
      controller?.abort();
      results = [];
      shownFor = '';
      open(false);
      return;
    }
    void work.track(new Promise<void>((resolve) => (releaseDebounce = resolve)));
    timer = window.setTimeout(() => {
      cancelDebounce();
      run(query).catch(() => undefined);
    }, DEBOUNCE_MS);
  });

  input.addEventListener('keydown', (event) => void onKey(event));

  async function onKey(event: KeyboardEvent): Promise<void> {
    const count = results.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (listbox.hidden && count) open(true);
      if (count) setActive(event.key === 'ArrowDown' ? (activeIndex + 1) % count : activeIndex <= 0 ? count - 1 : activeIndex - 1);
    } else if (event.key === 'Escape') {
      if (!listbox.hidden) {
        event.preventDefault();
        open(false);
      }
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const query = input.value.trim();
      if (!query) return;
      const current = results[activeIndex];
      if (current && shownFor === query) {
        choose(current);
        return;
      }
      // Typed and pressed Enter at once: search now and take the best hit.
      cancelDebounce();
      try {
        const found = shownFor === query ? results : await run(query);
        if (input.value.trim() !== query) return;
        const best = found[0];
        if (best) choose(best);
        else show(found, query);
      } catch {
        // run() already reported it in the dropdown
      }
    }
  }
  input.addEventListener('focus', () => {
    if (results.length && input.value.trim() === shownFor) open(true);
  });
  input.addEventListener('blur', () => open(false));
}
