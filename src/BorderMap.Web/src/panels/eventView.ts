import { eventApi } from '../api/events';
import { el, replaceChildren } from '../shared/dom';
import { type DetailsContext, errorText } from './detailsContext';
import { renderEventPanel } from './eventPanel';

/** An event selected on the map (its marker) or by a permalink (`sel=event:<id>`), in the right panel. */
export function showEvent(context: DetailsContext, id: string): void {
  const mine = context.next();
  const { root, selection, work } = context.options;
  replaceChildren(root, el('p', { className: 'loading' }, 'Loading the event…'));
  work.track(eventApi.event(id)).then(
    ({ value }) => {
      if (!context.isCurrent(mine)) return;
      replaceChildren(
        root,
        renderEventPanel({
          event: value,
          backLabel: '← Close the event',
          onBack: () => selection.set(null),
          onOpenClaim: (claimId) => selection.set({ kind: 'claim', id: claimId }),
        }),
      );
      root.scrollTop = 0;
    },
    (error: unknown) => context.isCurrent(mine) && replaceChildren(root, el('p', { className: 'warning', testId: 'event-error' }, `Could not load event ${id}: ${errorText(error)}`)),
  );
}
