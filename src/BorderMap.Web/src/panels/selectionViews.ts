import type { Selection } from '../state/selection';
import { showClaim } from './claimView';
import type { DetailsContext } from './detailsContext';
import { showEvent } from './eventView';
import { showOtherArea, showRegion } from './regionView';

/**
 * The right panel's views of a selection (a claim, an event, a region, another area): loaded by
 * the panel (details.ts) when something is first selected, since a first view without a
 * selection shows none of them. Answers the region's request, which a newer selection aborts.
 */
export function showSelection(context: DetailsContext, current: NonNullable<Selection>, keepScroll: boolean): AbortController | null {
  if (current.kind === 'claim') showClaim(context, current.id);
  else if (current.kind === 'event') showEvent(context, current.id);
  else if (context.options.isRegion(current.id)) return showRegion(context, current.id, keepScroll);
  else showOtherArea(context, current.id);
  return null;
}
