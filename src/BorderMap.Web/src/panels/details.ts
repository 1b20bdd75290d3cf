import { el, replaceChildren } from '../shared/dom';
import { onFirstUse } from '../shared/firstUse';
import type { Selection } from '../state/selection';
import type { DetailsContext, DetailsOptions } from './detailsContext';
import { showError } from './errorBanner';

type SelectionViews = typeof import('./selectionViews');

const viewsCode = onFirstUse(() => import('./selectionViews'));

export interface Details {
  /**
   * Shows `element` (the claim editor) instead of the selection until the returned function is
   * called; selection changes meanwhile show once it is released.
   */
  hold(element: HTMLElement): () => void;
  /** Shows the current selection again (after an edit changed it). */
  refresh(): void;
}

function placeholder(): HTMLElement {
  return el(
    'div',
    { className: 'placeholder', testId: 'details-empty' },
    el('h2', null, 'Nothing selected'),
    el('p', null, 'Click a claim symbol or a row of the claim list to read its quote and source, or click a province or country to see its names, borders and claims.'),
  );
}

/**
 * The right panel: shows the current selection (claim, region, other area or nothing) and, on
 * request, the claim's history or its source in the wide source reader. A token guards against
 * late responses for an older selection. The views' code loads when something is first selected
 * (at once when the address names a selection), "Loading…" meanwhile.
 */
export function createDetails(options: DetailsOptions): Details {
  const { root, selection } = options;
  let token = 0;
  const context: DetailsContext = { options, next: () => ++token, isCurrent: (mine) => mine === token };
  let regionRequest: AbortController | null = null;
  let held = false;

  let views: SelectionViews | null = null;

  function show(current: Selection, keepScroll = false): void {
    if (held) return;
    regionRequest?.abort();
    regionRequest = null;
    if (!current) {
      context.next();
      replaceChildren(root, placeholder());
    } else if (views) {
      regionRequest = views.showSelection(context, current, keepScroll);
    } else {
      const mine = context.next();
      replaceChildren(root, el('p', { className: 'loading', testId: 'details-loading' }, 'Loading…'));
      void options.work.track(viewsCode()).then(
        (loaded) => {
          views = loaded;
          if (context.isCurrent(mine)) show(current, keepScroll);
        },
        (error: unknown) => context.isCurrent(mine) && showError('Could not load the details panel.', error),
      );
    }
  }

  selection.subscribe((current) => show(current));
  // The region panel's claims follow the filters.
  options.filters.subscribe(() => {
    const current = selection.get();
    if (current?.kind === 'area' && options.isRegion(current.id)) show(current, true);
  });
  show(selection.get());

  return {
    hold(element) {
      context.next();
      regionRequest?.abort();
      held = true;
      replaceChildren(root, element);
      root.scrollTop = 0;
      let released = false;
      return () => {
        if (released) return;
        released = true;
        held = false;
        show(selection.get());
      };
    },
    refresh() {
      show(selection.get(), true);
    },
  };
}
