import { describe, expect, it } from 'vitest';
import { countLabel, exactQuery, formatCount } from '../src/shared/countBound';

describe('counts that may be lower bounds', () => {
  it('shows a lower bound with a plus and an exact count without', () => {
    expect(formatCount(1001, true)).toBe('1,001+');
    expect(formatCount(1001, false)).toBe('1,001');
  });

  it('says "at least" to screen readers only for a lower bound', () => {
    expect(countLabel(4, true)).toBe('at least 4 claims');
    expect(countLabel(1, false)).toBe('1 claim');
  });

  it('asks for exact counts with the same filters', () => {
    const query = new URLSearchParams('actor=Taliban&bbox=67,36,71,39');
    expect(exactQuery(query).toString()).toBe('actor=Taliban&bbox=67%2C36%2C71%2C39&exact=1');
    expect(query.has('exact')).toBe(false);
  });
});
