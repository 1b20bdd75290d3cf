import { countLabel, showBound, showCount } from '../shared/countBound';
import { el } from '../shared/dom';
import { plural } from '../shared/format';
import type { FacetCount, RegionProfile } from '../types';

/** A count badge, "N+" past the count cap. */
export function countBadge(count: number, atLeast: boolean): HTMLElement {
  const badge = el('span', { className: 'count' });
  showCount(badge, count, atLeast);
  return badge;
}

/** How many actors and other areas the panel lists: the answer holds more, the panel stays short. */
const SHOWN = 8;

/** "2 disputed, 1 corroborated": the events' statuses, most first. */
function statusText(byStatus: FacetCount[]): string {
  return byStatus.map((status) => `${status.count.toLocaleString('en-US')} ${status.value}`).join(', ');
}

/**
 * The region's totals on one line, "120 claims · 4 events (1 disputed)", under the filters; the
 * counts are the store's aggregates, so they hold however many claims the region has.
 */
export function regionTotals(profile: RegionProfile, scope: string): HTMLElement {
  const events = profile.events;
  const disputed = events.byStatus.find((status) => status.value === 'disputed')?.count ?? 0;
  const eventText = events.count ? `${plural(events.count, 'event')} (${statusText(events.byStatus)})` : 'no events';
  const claimCount = el('span', { testId: 'region-claim-count', attrs: { 'data-count': String(profile.claimCount) } }, countLabel(profile.claimCount, profile.countsAtLeast));
  showBound(claimCount, profile.countsAtLeast);
  return el(
    'p',
    { className: 'region-totals', testId: 'region-totals' },
    claimCount,
    ' · ',
    el(
      'span',
      { testId: 'region-events', attrs: { 'data-count': String(events.count), 'data-disputed': String(disputed) } },
      eventText,
    ),
    scope,
  );
}

/** A short ranked list (actors, or other areas) with counts; nothing when empty. */
function rankedList(title: string, testId: string, counts: FacetCount[], atLeast: boolean, label: (value: string) => string): HTMLElement | null {
  if (!counts.length) return null;
  const rows = counts.slice(0, SHOWN).map((count) =>
    el(
      'li',
      { attrs: { 'data-value': count.value } },
      el('span', { className: 'row-label' }, label(count.value)),
      countBadge(count.count, atLeast),
    ),
  );
  return el('div', { testId }, el('h3', null, title), el('ul', { className: 'plain-list ranked' }, ...rows));
}

/** The most named actors and the other areas the region's claims belong to. */
export function regionRankings(profile: RegionProfile, areaName: (id: string) => string | null): Array<HTMLElement | null> {
  return [
    rankedList('Actors named', 'region-actors', profile.actors, profile.countsAtLeast, (actor) => actor),
    rankedList('Also in', 'region-areas', profile.areas, profile.countsAtLeast, (id) => areaName(id) ?? id),
  ];
}
