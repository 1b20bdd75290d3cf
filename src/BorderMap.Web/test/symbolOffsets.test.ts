import { describe, expect, it } from 'vitest';
import { screenPositions, spreadAnchors } from '../src/map/symbolOffsets';

describe('screenPositions', () => {
  it('turns map metres into pixels with y pointing down', () => {
    const anchors: Record<string, number[]> = { a: [1000, 2000], b: [-500, -100] };
    expect(screenPositions(['b', 'a'], (id) => anchors[id], 100)).toEqual([
      { id: 'b', x: -5, y: 1 },
      { id: 'a', x: 10, y: -20 },
    ]);
  });
});

describe('spreadAnchors', () => {
  it('moves claims at one anchor apart and leaves a lone claim where it is', () => {
    const anchors = new Map([
      ['a', [0, 0]],
      ['b', [0, 0]],
      ['c', [100_000, 0]],
    ]);
    const offsets = spreadAnchors(anchors, 10);
    expect(offsets.get('a')).not.toEqual(offsets.get('b'));
    expect(offsets.get('c')).toEqual([0, 0]);
  });
});
