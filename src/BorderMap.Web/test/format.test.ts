import { describe, expect, it } from 'vitest';
import { formatDate, formatEventDate, formatShortRange, formatSigned, humanizeKey, plural } from '../src/shared/format';

describe('formatDate', () => {
  it('drops the parts finer than the precision', () => {
    expect(formatDate('2021-07-05')).toBe('5 Jul 2021');
    expect(formatDate('2021-07-05', 'month')).toBe('Jul 2021');
    expect(formatDate('2021-07-05', 'year')).toBe('2021');
    expect(formatDate('2021-07')).toBe('Jul 2021');
    expect(formatDate(null)).toBe('');
  });
});

describe('formatShortRange', () => {
  it('writes ranges compactly', () => {
    expect(formatShortRange('2021-07-05', null, 'day')).toBe('5 Jul 2021');
    expect(formatShortRange('2021-07-03', '2021-07-05', 'day')).toBe('3–5 Jul 2021');
    expect(formatShortRange('2021-06-29', '2021-07-05', 'day')).toBe('29 Jun – 5 Jul 2021');
    expect(formatShortRange('1996-01-01', '2001-12-31', 'year')).toBe('1996 – 2001');
    expect(formatShortRange('2021-05-01', '2021-07-05', 'month')).toBe('May – Jul 2021');
  });
});

describe('formatEventDate', () => {
  it('adds the precision', () => {
    expect(formatEventDate('2021-07-03', '2021-07-04', 'week')).toBe('3 Jul 2021 – 4 Jul 2021 (week)');
    expect(formatEventDate('2021-07-05', '2021-07-05', 'day')).toBe('5 Jul 2021 (day)');
  });
});

describe('numbers and words', () => {
  it('formats counts, signs and keys', () => {
    expect(plural(1, 'claim')).toBe('1 claim');
    expect(plural(1037, 'claim')).toBe('1,037 claims');
    expect(formatSigned(-79.94)).toBe('−79.9');
    expect(formatSigned(12.3)).toBe('+12.3');
    expect(humanizeKey('borderKm')).toBe('border km');
  });
});
