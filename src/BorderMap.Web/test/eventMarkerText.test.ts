import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../src/api/events';
import { eventsQuery, markerText } from '../src/map/eventMarkerText';

// Constructed events for the test, not real reports.
function event(sources: string[], independent: number, status: string, contradicted: string[] = []): EventSummary {
  return { id: 'e1', title: 'Crossing at the Panj', status, derived: { status, sources, independentSources: independent, contradicted, point: [70, 37] } };
}

describe('markerText', () => {
  it('counts the sources and names the independent ones only when fewer', () => {
    expect(markerText(event(['a', 'b', 'c'], 3, 'corroborated')).sources).toBe('3');
    expect(markerText(event(['a', 'b', 'c'], 2, 'corroborated')).sources).toBe('3 (2 ind.)');
  });

  it('flags a contradiction or a disputed status', () => {
    const disputed = markerText(event(['a', 'b'], 2, 'disputed', ['numbers']));
    expect(disputed.disputed).toBe(true);
    expect(disputed.title).toBe('Crossing at the Panj: 2 sources, 2 independent, disputed; contradiction: numbers');
    expect(markerText(event(['a'], 1, 'reported')).disputed).toBe(false);
    expect(markerText(event(['a'], 1, 'reported')).title).toBe('Crossing at the Panj: 1 source, 1 independent, reported');
  });
});

describe('eventsQuery', () => {
  it('asks for one bounded page of the view, after the cursor', () => {
    expect(eventsQuery([69.5, 36.25, 71, 38], null).toString()).toBe('bbox=69.50000%2C36.25000%2C71.00000%2C38.00000&limit=200');
    expect(eventsQuery([69.5, 36.25, 71, 38], 'abc').get('cursor')).toBe('abc');
    expect(eventsQuery([69.5, 36.25, 71, 38], null, { from: null, to: null, eventStatuses: ['disputed', 'corroborated'] }).get('status')).toBe('disputed,corroborated');
  });

  it('asks only for the events whose span meets the dates of the filter or playback frame', () => {
    const query = eventsQuery([69.5, 36.25, 71, 38], null, { from: '2021-07-15', to: '2021-07-15' });
    expect([query.get('from'), query.get('to')]).toEqual(['2021-07-15', '2021-07-15']);
    expect(eventsQuery([69.5, 36.25, 71, 38], null, { from: null, to: '2021-07-01' }).has('from')).toBe(false);
  });
});
