import { api, ApiError, isAbort } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { SearchResult } from '../types';
import type { PendingWork } from '../api/work';
import { createSearchList, type SearchList } from './searchResults';

/**
 * The top bar's search: regions, places and claims by name in any language or usual spelling
 * (`/api/search`). Results drop down as a listbox; arrow keys move, Enter or a click picks
 * (Enter with nothing highlighted picks the best hit, waiting for it if needed).
 */

const DEBOUNCE_MS = 140;

export interface SearchBoxOptions {
  root: HTMLElement;
  work: PendingWork;
  onChoose: (result: SearchResult) => void;
}

function searchInput(): HTMLInputElement {
  return el('input', {
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
}

/** Arrow keys move through the hits, Escape closes them, Enter picks one (searching first if the hits are not in yet). */
async function onKey(event: KeyboardEvent, input: HTMLInputElement, list: SearchList, searchNow: (query: string) => Promise<SearchResult[]>): Promise<void> {
  const count = list.results().length;
  const active = list.activeIndex();
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    if (!list.isOpen() && count) list.open(true);
    if (count) list.setActive(event.key === 'ArrowDown' ? (active + 1) % count : active <= 0 ? count - 1 : active - 1);
  } else if (event.key === 'Escape') {
    if (list.isOpen()) {
      event.preventDefault();
      list.open(false);
    }
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const query = input.value.trim();
    if (!query) return;
    const current = list.results()[active];
    if (current && list.shownFor() === query) return list.choose(current);
    // Typed and pressed Enter at once: search now and take the best hit.
    try {
      const found = list.shownFor() === query ? list.results() : await searchNow(query);
      if (input.value.trim() !== query) return;
      const best = found[0];
      if (best) list.choose(best);
      else list.show(found, query);
    } catch {
      // the search already reported it in the dropdown
    }
  }
}

export function createSearchBox({ root, work, onChoose }: SearchBoxOptions): void {
  const input = searchInput();
  const listbox = el('ul', { className: 'search-results', testId: 'search-results', attrs: { id: 'search-results', role: 'listbox' } });
  listbox.hidden = true;
  replaceChildren(root, input, listbox);
  const list = createSearchList(input, listbox, onChoose);
  let timer: number | undefined;
  let controller: AbortController | null = null;

  function run(query: string): Promise<SearchResult[]> {
    controller?.abort();
    const mine = new AbortController();
    controller = mine;
    const request = api.search(query, mine.signal);
    void work.track(
      request.then(
        (found) => controller === mine && input.value.trim() === query && list.show(found, query),
        (error: unknown) => {
          if (isAbort(error) || controller !== mine) return;
          const text = error instanceof ApiError && error.status === 404 ? 'Search is not available on this server.' : `Search failed: ${error instanceof Error ? error.message : String(error)}`;
          list.message(text, 'warning');
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
      list.clear();
      return;
    }
    void work.track(new Promise<void>((resolve) => (releaseDebounce = resolve)));
    timer = window.setTimeout(() => {
      cancelDebounce();
      run(query).catch(() => undefined);
    }, DEBOUNCE_MS);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') cancelDebounce();
    void onKey(event, input, list, run);
  });
  input.addEventListener('focus', () => {
    if (list.results().length && input.value.trim() === list.shownFor()) list.open(true);
  });
  input.addEventListener('blur', () => list.open(false));
}
