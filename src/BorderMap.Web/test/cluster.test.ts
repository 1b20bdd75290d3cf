import { describe, expect, it } from 'vitest';
import { clusterPoints } from '../src/map/cluster';

describe('clusterPoints', () => {
  it('puts points within the radius into one group at their mean position', () => {
    const groups = clusterPoints(
      [
        { id: 'a', x: 0, y: 0 },
        { id: 'b', x: 10, y: 0 },
        { id: 'c', x: 500, y: 500 },
      ],
      40,
    );
    expect(groups).toHaveLength(2);
    const near = groups.find((group) => group.ids.includes('a'));
    expect(near?.ids.sort()).toEqual(['a', 'b']);
    expect(near?.x).toBe(5);
    expect(groups.find((group) => group.ids.includes('c'))?.ids).toEqual(['c']);
  });

  it('keeps every point exactly once, across grid cell borders', () => {
    const items = Array.from({ length: 400 }, (_, i) => ({ id: String(i), x: (i % 20) * 7.3, y: Math.floor(i / 20) * 7.3 }));
    const ids = clusterPoints(items, 25).flatMap((group) => group.ids);
    expect(ids).toHaveLength(400);
    expect(new Set(ids).size).toBe(400);
  });

  it('returns no groups for no points', () => {
    expect(clusterPoints([], 40)).toEqual([]);
  });

  it('takes a point exactly at the radius but not one just beyond it', () => {
    const groups = clusterPoints(
      [
        { id: 'seed', x: 0, y: 0 },
        { id: 'edge', x: 30, y: 40 },
        { id: 'beyond', x: 0, y: 50.5 },
      ],
      50,
    );
    expect(groups.map((group) => group.ids)).toEqual([['seed', 'edge'], ['beyond']]);
  });

  it('lets the earlier point seed the group (input order decides)', () => {
    const items = [
      { id: 'left', x: 0, y: 0 },
      { id: 'middle', x: 30, y: 0 },
      { id: 'right', x: 60, y: 0 },
    ];
    expect(clusterPoints(items, 40).map((group) => group.ids)).toEqual([['left', 'middle'], ['right']]);
    expect(clusterPoints([...items].reverse(), 40).map((group) => group.ids)).toEqual([['right', 'middle'], ['left']]);
  });
});
