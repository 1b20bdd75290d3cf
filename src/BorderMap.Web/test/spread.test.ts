import { describe, expect, it } from 'vitest';
import { footprint, layoutSymbols, spreadOffsets, SYMBOL_FOOTPRINT } from '../src/map/spread';

/** Screen position of each symbol: its anchor plus its offset. */
function drawnAt(items: Array<{ id: string; x: number; y: number }>): Map<string, [number, number]> {
  const offsets = layoutSymbols(items);
  return new Map(items.map((item) => {
    const [dx, dy] = offsets.get(item.id) ?? [NaN, NaN];
    return [item.id, [item.x + dx, item.y + dy]];
  }));
}

function minDistance(points: Iterable<[number, number]>): number {
  const all = [...points];
  let best = Infinity;
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) best = Math.min(best, Math.hypot(all[i][0] - all[j][0], all[i][1] - all[j][1]));
  }
  return best;
}

describe('spreadOffsets', () => {
  it('leaves a lone symbol on its anchor', () => {
    expect(spreadOffsets(1)).toEqual([[0, 0]]);
  });

  it('puts a small group on a ring starting straight up', () => {
    const ring = spreadOffsets(4);
    expect(ring).toHaveLength(4);
    const [first] = ring;
    expect(first[0]).toBeCloseTo(0);
    expect(first[1]).toBeLessThan(0);
    const radii = ring.map(([x, y]) => Math.hypot(x, y));
    for (const radius of radii) expect(radius).toBeCloseTo(radii[0], 0);
  });

  it('keeps the symbols of a large group apart on the spiral', () => {
    const spiral = spreadOffsets(60);
    expect(spiral).toHaveLength(60);
    expect(minDistance(spiral.map(([x, y]) => [x, y] as [number, number]))).toBeGreaterThan(SYMBOL_FOOTPRINT);
  });

  it('grows the footprint with the group', () => {
    expect(footprint(1)).toBe(SYMBOL_FOOTPRINT);
    expect(footprint(5)).toBeGreaterThan(footprint(1));
    expect(footprint(50)).toBeGreaterThan(footprint(5));
  });
});

describe('layoutSymbols', () => {
  it('leaves symbols that do not overlap where they are', () => {
    const offsets = layoutSymbols([
      { id: 'a', x: 0, y: 0 },
      { id: 'b', x: 100, y: 0 },
    ]);
    expect(offsets.get('a')).toEqual([0, 0]);
    expect(offsets.get('b')).toEqual([0, 0]);
  });

  it('spreads claims at the same anchor so none covers another', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, x: 50, y: 50 }));
    expect(minDistance(drawnAt(items).values())).toBeGreaterThanOrEqual(2 * SYMBOL_FOOTPRINT - 1);
  });

  it('merges nearby groups until no two symbols overlap', () => {
    const items = [
      ...['a', 'b', 'c'].map((id) => ({ id, x: 0, y: 0 })),
      ...['d', 'e'].map((id) => ({ id, x: 20, y: 5 })),
      { id: 'f', x: 40, y: 0 },
    ];
    expect(minDistance(drawnAt(items).values())).toBeGreaterThanOrEqual(2 * SYMBOL_FOOTPRINT - 1);
  });

  it('orders a ring by input order, so the layout is stable', () => {
    const items = ['x', 'y', 'z'].map((id) => ({ id, x: 0, y: 0 }));
    const first = layoutSymbols(items);
    expect(first.get('x')?.[1]).toBeLessThan(0); // the first is straight up
    expect(layoutSymbols(items)).toEqual(first);
  });
});
