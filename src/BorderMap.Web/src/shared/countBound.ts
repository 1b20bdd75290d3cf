import { formatNumber, plural } from './format';

/**
 * Counts that may be lower bounds: under a box, a word, an actor or a source the server counts
 * the matching claims one by one, all of them when that fits its time budget (`--count-budget`),
 * else up to a cap (`--count-cap`), and past the cap answers `atLeast`.
 */

/** The tooltip of a count that is a lower bound. */
export const AT_LEAST_TITLE =
  'At least this many: more claims match than the server could count in time. Narrow the box, the dates or the search for exact counts.';

/** "1,001+" for a lower bound, "1,001" for an exact count. */
export function formatCount(count: number, atLeast: boolean): string {
  return `${formatNumber(count)}${atLeast ? '+' : ''}`;
}

/** "at least 1,001 claims" or "1,001 claims", for screen readers. */
export function countLabel(count: number, atLeast: boolean): string {
  return `${atLeast ? 'at least ' : ''}${plural(count, 'claim')}`;
}

/** Shows a count in a badge: a lower bound as "N+", marked `data-at-least`, with its explanation as the tooltip. */
export function showCount(badge: HTMLElement, count: number, atLeast: boolean): void {
  badge.textContent = formatCount(count, atLeast);
  badge.setAttribute('aria-label', countLabel(count, atLeast));
  badge.classList.toggle('at-least', atLeast);
  if (atLeast) {
    badge.dataset['atLeast'] = 'true';
    badge.title = AT_LEAST_TITLE;
  } else {
    delete badge.dataset['atLeast'];
    badge.removeAttribute('title');
  }
}
