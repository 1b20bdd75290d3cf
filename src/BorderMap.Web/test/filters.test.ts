import { describe, expect, it } from 'vitest';
import { describeFilters, filterQuery, type Filters, isUnfiltered, NO_FILTERS, normalizeFilters, STATUSES } from '../src/state/filters';

const domain = { categories: ['geography', 'military'], statuses: STATUSES, precisions: [1, 2, 3, 4] };

describe('normalizeFilters', () => {
  it('turns "everything ticked" into no restriction and drops unknown values', () => {
    const filters: Filters = { ...NO_FILTERS, categories: ['military', 'geography', 'unknown'], precisions: [2, 9] };
    const normal = normalizeFilters(filters, domain);
    expect(normal.categories).toBeNull();
    expect(normal.precisions).toEqual([2]);
  });

  it('swaps reversed dates and sorts and dedupes actors', () => {
    const normal = normalizeFilters({ ...NO_FILTERS, from: '2021-07-05', to: '2021-06-01', actors: ['Taliban', ' ', 'Rahmon', 'Taliban'] }, domain);
    expect([normal.from, normal.to]).toEqual(['2021-06-01', '2021-07-05']);
    expect(normal.actors).toEqual(['Rahmon', 'Taliban']);
  });
});

describe('filterQuery', () => {
  it('sends nothing without filters', () => {
    expect(filterQuery(NO_FILTERS).toString()).toBe('');
    expect(isUnfiltered(NO_FILTERS)).toBe(true);
  });

  it('sends an empty list as a present, empty parameter (nothing passes)', () => {
    const query = filterQuery({ ...NO_FILTERS, categories: [], from: '2021-07-01', actors: ['Taliban', 'Rahmon'] });
    expect(query.get('category')).toBe('');
    expect(query.get('from')).toBe('2021-07-01');
    expect(query.get('to')).toBeNull();
    expect(query.get('actor')).toBe('Taliban,Rahmon');
  });
});

describe('the Admiralty filters', () => {
  it('send the reliability grades and credibility levels that pass, and all of them as none', () => {
    const normal = normalizeFilters({ ...NO_FILTERS, reliabilities: ['B', 'A', 'Z'], credibilities: [1, 2, 3, 4, 5, 6] }, domain);
    expect(normal.reliabilities).toEqual(['A', 'B']);
    expect(normal.credibilities).toBeNull();
    const query = filterQuery({ ...NO_FILTERS, reliabilities: ['A', 'B'], credibilities: [1, 2] });
    expect(query.get('reliability')).toBe('A,B');
    expect(query.get('credibility')).toBe('1,2');
    expect(isUnfiltered({ ...NO_FILTERS, credibilities: [] })).toBe(false);
    expect(describeFilters({ ...NO_FILTERS, reliabilities: ['A'], credibilities: [1, 2] }, (id) => id)).toBe('reliability A · credibility 1, 2');
  });
});

describe('describeFilters', () => {
  it('names each restriction, or says all claims', () => {
    expect(describeFilters(NO_FILTERS, (id) => id)).toBe('All claims');
    const text = describeFilters({ ...NO_FILTERS, from: '2021-07-01', categories: ['military'], statuses: [] }, (id) => id.toUpperCase());
    expect(text).toBe('2021-07-01 to … · MILITARY · no status');
  });
});

describe('the corroboration filters', () => {
  it('send the ticked event statuses and single source, and nothing when none is ticked', () => {
    const normal = normalizeFilters({ ...NO_FILTERS, eventStatuses: ['disputed', 'corroborated', 'likely'], singleSource: true }, domain);
    expect(normal.eventStatuses).toEqual(['corroborated', 'disputed']);
    const query = filterQuery(normal);
    expect(query.get('event_status')).toBe('corroborated,disputed');
    expect(query.get('single_source')).toBe('true');
    expect(normalizeFilters({ ...NO_FILTERS, eventStatuses: [] }, domain).eventStatuses).toBeNull();
    expect(isUnfiltered({ ...NO_FILTERS, singleSource: false })).toBe(false);
    expect(describeFilters({ ...NO_FILTERS, eventStatuses: ['disputed'], singleSource: true }, (id) => id)).toBe('events disputed · single source');
  });
});
