import { describe, expect, it } from 'vitest';
import { describeStep, stepFrom } from '../src/map/mapKeyboard';

describe('stepFrom', () => {
  const ids = ['a', 'b', 'c'];

  it('starts at the first claim going forward and at the last going back', () => {
    expect(stepFrom(ids, null, 1)).toBe('a');
    expect(stepFrom(ids, null, -1)).toBe('c');
  });

  it('steps in order and wraps around at both ends', () => {
    expect(stepFrom(ids, 'a', 1)).toBe('b');
    expect(stepFrom(ids, 'c', 1)).toBe('a');
    expect(stepFrom(ids, 'a', -1)).toBe('c');
  });

  it('starts over when the selected claim is no longer drawn, and finds nothing on an empty map', () => {
    expect(stepFrom(ids, 'gone', 1)).toBe('a');
    expect(stepFrom([], 'a', 1)).toBeNull();
  });
});

describe('describeStep', () => {
  it('says where in the sequence the claim is, and what it is', () => {
    expect(describeStep({ title: 'Troops cross the Panj', eventDate: '2021-07-05' }, 'Troop movement', 1, 12)).toBe(
      'Claim 2 of 12: Troops cross the Panj. Troop movement, 2021-07-05.',
    );
  });
});
