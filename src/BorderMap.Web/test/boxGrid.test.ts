import { describe, expect, it } from 'vitest';
import type { Extent } from 'ol/extent';
import { BoxGrid } from '../src/map/boxGrid';
import { boxesOverlap } from '../src/map/labelPlacement';

// Constructed boxes: a scatter of symbol-sized squares, made up for the tests.
function scatter(count: number): Extent[] {
  return Array.from({ length: count }, (_, i) => {
    const x = (i * 37) % 1000;
    const y = (i * 53) % 700;
    return [x, y, x + 10, y + 10];
  });
}

function found(grid: BoxGrid, area: Extent): Extent[] {
  const seen: Extent[] = [];
  grid.forEach(area, (box) => {
    if (boxesOverlap(area, box)) seen.push(box);
  });
  return seen;
}

describe('BoxGrid', () => {
  it('finds exactly the boxes a plain scan finds, for areas large and small', () => {
    const boxes = scatter(500);
    const grid = new BoxGrid(boxes, 20);
    const areas: Extent[] = [[0, 0, 5, 5], [100, 100, 180, 130], [-50, -50, 2000, 2000], [995, 695, 1005, 705], [333, 12, 334, 600]];
    for (const area of areas) {
      expect(found(grid, area).sort()).toEqual(boxes.filter((box) => boxesOverlap(area, box)).sort());
    }
  });

  it('visits a box that spans several squares once per query', () => {
    const grid = new BoxGrid([[0, 0, 95, 95]], 10);
    let visits = 0;
    grid.forEach([0, 0, 100, 100], () => visits++);
    expect(visits).toBe(1);
  });

  it('answers for a box far larger than its squares, kept aside', () => {
    const huge: Extent = [-1e6, -1e6, 1e6, 1e6];
    const grid = new BoxGrid([huge, [5, 5, 6, 6]], 1);
    expect(found(grid, [100, 100, 101, 101])).toEqual([huge]);
  });

  it('stops at the first box the question accepts', () => {
    const grid = new BoxGrid(scatter(200), 50);
    let visits = 0;
    expect(grid.some([0, 0, 1000, 700], () => ++visits === 3)).toBe(true);
    expect(visits).toBe(3);
    expect(grid.some([5000, 5000, 5001, 5001], () => true)).toBe(false);
  });

  it('indexes points as boxes of no size', () => {
    const grid = new BoxGrid([[3, 4, 3, 4], [30, 40, 30, 40]], 5);
    expect(found(grid, [0, 0, 10, 10])).toEqual([[3, 4, 3, 4]]);
  });

  it('refuses a square size that is not positive', () => {
    expect(() => new BoxGrid([], 0)).toThrow(/size must be positive/);
  });
});
