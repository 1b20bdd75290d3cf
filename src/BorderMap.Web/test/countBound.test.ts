import { describe, expect, it } from 'vitest';
import { countLabel, formatCount } from '../src/shared/countBound';

describe('counts that may be lower bounds', () => {
  it('shows a lower bound with a plus and an exact count without', () => {
    expect(formatCount(1001, true)).toBe('1,001+');
    expect(formatCount(1001, false)).toBe('1,001');
  });

  it('says "at least" to screen readers only for a lower bound', () => {
    expect(countLabel(4, true)).toBe('at least 4 claims');
    expect(countLabel(1, false)).toBe('1 claim');
  });
});
