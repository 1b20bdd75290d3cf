import { describe, expect, it } from 'vitest';
import { type CellCount, groupCells } from '../src/map/badgeGroups';

// Constructed cells: positions in tile pixels, counts and categories made up for the tests.
function cell(x: number, y: number, count: number, categories: Record<string, number> = { armed: count }): CellCount {
  return { x, y, count, categories: new Map(Object.entries(categories)) };
}

describe('groupCells', () => {
  it('merges cells closer than the spacing into one badge that keeps every claim and category', () => {
    const groups = groupCells([cell(10, 10, 30, { armed: 20, border: 10 }), cell(20, 14, 10, { border: 6, refugees: 4 })], 64);
    expect(groups).toHaveLength(1);
    expect(groups[0]?.count).toBe(40);
    expect(Object.fromEntries(groups[0]?.categories ?? [])).toEqual({ armed: 20, border: 16, refugees: 4 });
  });

  it('puts the badge at the mean of the claims, weighted by count', () => {
    const [group] = groupCells([cell(0, 0, 3), cell(40, 0, 1)], 64);
    expect(group?.x).toBeCloseTo(10);
    expect(group?.y).toBeCloseTo(0);
  });

  it('keeps cells farther apart than the spacing as badges of their own', () => {
    const groups = groupCells([cell(0, 0, 5), cell(100, 0, 7), cell(0, 100, 2)], 64);
    expect(groups.map((g) => g.count).sort((a, b) => a - b)).toEqual([2, 5, 7]);
  });

  it('lets a cell between two dense spots join the nearer one rather than the first found', () => {
    const groups = groupCells([cell(0, 0, 50), cell(120, 0, 40), cell(90, 0, 1)], 64);
    expect(groups.find((g) => g.count === 41)).toBeDefined();
    expect(groups.find((g) => g.count === 50)).toBeDefined();
  });

  it('turns a full 32 × 32 grid of 16 px cells into badges no denser than a disc of the spacing each', () => {
    const cells = Array.from({ length: 32 * 32 }, (_, i) => cell(8 + 16 * (i % 32), 8 + 16 * Math.floor(i / 32), 1 + (i % 7)));
    const groups = groupCells(cells, 64);
    // Seeds lie at least the spacing apart: at most the hexagonal packing of such discs over the tile and its margin.
    expect(groups.length).toBeLessThanOrEqual(Math.ceil((576 * 576) / (64 * 64 * 0.866)));
    // Every cell lies within the spacing of its seed: the discs must cover the tile.
    expect(groups.length).toBeGreaterThanOrEqual(Math.floor((512 * 512) / (Math.PI * 64 * 64)));
    expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(cells.reduce((sum, c) => sum + c.count, 0));
  });

  it('refuses a spacing that is not positive', () => {
    expect(() => groupCells([cell(0, 0, 1)], 0)).toThrow(/spacing must be positive/);
  });
});
