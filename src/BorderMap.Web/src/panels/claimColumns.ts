import type { CategoryLookup } from '../shared/categories';
import type { Child } from '../shared/dom';
import { el } from '../shared/dom';
import { capitalize, formatEventDate, formatShortRange } from '../shared/format';
import { symbolImage } from '../map/symbols';
import type { ClaimMarker } from '../types';
import type { SortKey } from '../state/urlState';

/**
 * The claim list's columns: what each cell shows, its tooltip (every cell has one, so text cut
 * off by the column width can always be read in full) and how the column sorts. Every column
 * sorts; ties fall back to the date, then the title, so the order is stable.
 */
export interface ClaimColumn {
  key: SortKey;
  label: string;
  className: string;
  cell: (claim: ClaimMarker) => Child;
  tooltip: (claim: ClaimMarker) => string;
  compare: (a: ClaimMarker, b: ClaimMarker) => number;
}

/** The resolved place of a claim and its tooltip, from `placeName.ts`. */
export interface PlaceLookup {
  name: (claim: ClaimMarker) => string;
  tooltip: (claim: ClaimMarker) => string;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** ISO dates compare as strings; plain comparisons keep sorting 100,000 claims fast. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: ClaimMarker, b: ClaimMarker): number {
  return compareText(a.eventDate, b.eventDate) || compareText(a.endDate ?? a.eventDate, b.endDate ?? b.eventDate);
}

function byTitle(a: ClaimMarker, b: ClaimMarker): number {
  return collator.compare(a.title, b.title);
}

/** Orders by a text key, then date, then title. */
function byText(key: (claim: ClaimMarker) => string): (a: ClaimMarker, b: ClaimMarker) => number {
  return (a, b) => collator.compare(key(a), key(b)) || byDate(a, b) || byTitle(a, b);
}

export function claimColumns(category: CategoryLookup, place: PlaceLookup): ClaimColumn[] {
  const categoryLabel = (claim: ClaimMarker) => category(claim.category).label;
  const statusLabel = (claim: ClaimMarker) => capitalize(String(claim.status ?? ''));
  return [
    {
      key: 'date',
      label: 'Date',
      className: 'col-date',
      cell: (c) => formatShortRange(c.eventDate, c.endDate, c.timePrecision),
      tooltip: (c) => formatEventDate(c.eventDate, c.endDate, c.timePrecision),
      compare: (a, b) => byDate(a, b) || byTitle(a, b),
    },
    { key: 'title', label: 'Title', className: 'col-title', cell: (c) => c.title, tooltip: (c) => c.title, compare: (a, b) => byTitle(a, b) || byDate(a, b) },
    {
      key: 'category',
      label: 'Category',
      className: 'col-category',
      cell: (c) => el('span', { className: 'category-cell' }, symbolImage(category(c.category), 14), categoryLabel(c)),
      tooltip: categoryLabel,
      compare: byText(categoryLabel),
    },
    { key: 'place', label: 'Place', className: 'col-place', cell: place.name, tooltip: place.tooltip, compare: byText(place.name) },
    {
      key: 'status',
      label: 'Status',
      className: 'col-status',
      cell: (c) => el('span', { className: `status status-${c.status}` }, statusLabel(c)),
      tooltip: statusLabel,
      compare: byText(statusLabel),
    },
  ];
}
