import { formatNumber, plural } from './format';

/**
 * Counts that may be lower bounds: under a box, a word, an actor or a source the server counts
 * the matching claims one by one, all of them when that fits its time budget (`--count-budget`),
 * else up to a cap (`--count-cap`), and past the cap answers `atLeast`. A click on such a count
 * ("N+") asks once for the exact figure (`exact=1`, within `--count-exact-budget`): the count
 * sends a bubbling `count-exactly` event, which the view that asked for the counts answers.
 */

/** The tooltip of a count that is a lower bound. */
export const AT_LEAST_TITLE =
  'At least this many: more claims match than the server could count in time. Narrow the box, the dates or the search for exact counts.';

/** The event a lower bound sends when clicked: its view asks for the exact counts. */
export const COUNT_EXACTLY = 'count-exactly';

/** The tooltip of a lower bound that can be clicked for the exact count. */
export const ASK_EXACT_TITLE = `${AT_LEAST_TITLE} Click to count them exactly.`;

/** The tooltip of a lower bound the server could not count exactly even when asked. */
export const RAN_OUT_TITLE = 'At least this many: the server ran out of time counting them exactly. Narrow the box, the dates or the search for exact counts.';

/** "1,001+" for a lower bound, "1,001" for an exact count. */
export function formatCount(count: number, atLeast: boolean): string {
  return `${formatNumber(count)}${atLeast ? '+' : ''}`;
}

/** "at least 1,001 claims" or "1,001 claims", for screen readers. */
export function countLabel(count: number, atLeast: boolean): string {
  return `${atLeast ? 'at least ' : ''}${plural(count, 'claim')}`;
}

/** Shows a count in a badge: a lower bound as "N+", marked `data-at-least`, that asks for the exact count when clicked (see {@link askable}). */
export function showCount(badge: HTMLElement, count: number, atLeast: boolean): void {
  badge.textContent = formatCount(count, atLeast);
  badge.setAttribute('aria-label', countLabel(count, atLeast));
  badge.classList.toggle('at-least', atLeast);
  showBound(badge, atLeast);
}

/** A freshly counted figure: a lower bound asks for the exact count when clicked, whatever was tried before. */
export function showBound(element: HTMLElement, atLeast: boolean): void {
  delete element.dataset['exact'];
  askable(element, atLeast);
}

/**
 * Makes a lower bound clickable (and reachable with the keyboard): a click sends
 * {@link COUNT_EXACTLY}; an exact count is plain text again. A count the server already tried to
 * count exactly (`data-exact="ran-out"`, see {@link markRanOut}) says so and asks no more.
 */
function askable(element: HTMLElement, atLeast: boolean): void {
  const ranOut = element.dataset['exact'] === 'ran-out';
  const asks = atLeast && !ranOut;
  if (atLeast) element.dataset['atLeast'] = 'true';
  else delete element.dataset['atLeast'];
  if (atLeast) element.title = ranOut ? RAN_OUT_TITLE : ASK_EXACT_TITLE;
  else element.removeAttribute('title');
  element.classList.toggle('ask-exact', asks);
  if (asks) {
    element.setAttribute('role', 'button');
    element.tabIndex = 0;
  } else {
    element.removeAttribute('role');
    element.removeAttribute('tabindex');
  }
  // Not the default action: a count inside a label (the layer switcher) would toggle its layer.
  const ask = (event: Event) => {
    event.preventDefault();
    element.dispatchEvent(new CustomEvent(COUNT_EXACTLY, { bubbles: true }));
  };
  element.onclick = asks ? ask : null;
  element.onkeydown = asks ? (event) => (event.key === 'Enter' || event.key === ' ') && ask(event) : null;
}

/** Marks the lower bounds under `root` as tried: the server ran out of time counting them exactly. */
export function markRanOut(root: ParentNode): void {
  for (const element of root.querySelectorAll<HTMLElement>('[data-at-least="true"]')) {
    element.dataset['exact'] = 'ran-out';
    askable(element, true);
  }
}

/** A copy of `query` that asks for exact counts. */
export function exactQuery(query: URLSearchParams): URLSearchParams {
  const exact = new URLSearchParams(query);
  exact.set('exact', '1');
  return exact;
}
