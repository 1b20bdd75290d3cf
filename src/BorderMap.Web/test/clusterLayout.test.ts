import { describe, expect, it } from 'vitest';
import { categoryCounts, CLUSTER_RADIUS, layoutClusters } from '../src/map/clusterLayout';

const category: Record<string, string> = { a: 'troops', b: 'refugees', c: 'troops', d: 'troops', far: 'statement' };
const categoryOf = (id: string) => category[id] ?? '';
const near = [
  { id: 'a', x: 0, y: 0 },
  { id: 'b', x: 5, y: 0 },
  { id: 'c', x: 0, y: 5 },
  { id: 'd', x: 5, y: 5 },
];
const far = { id: 'far', x: 10 * CLUSTER_RADIUS, y: 0 };

describe('layoutClusters', () => {
  it('folds close claims into one badge and leaves a loner on its own', () => {
    const layout = layoutClusters([...near, far], { pinned: null, spreadAll: false, categoryOf });
    expect(layout.badges).toHaveLength(1);
    expect(layout.badges[0].ids.sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(layout.badges[0].x).toBe(2.5);
    expect([...layout.singles]).toEqual([['far', [0, 0]]]);
  });

  it('counts a badge’s members per category, in category order', () => {
    const layout = layoutClusters(near, { pinned: null, spreadAll: false, categoryOf });
    expect(layout.badges[0].categories).toEqual([['refugees', 1], ['troops', 3]]);
  });

  it('never hides the pinned (selected) claim in a badge', () => {
    const layout = layoutClusters(near, { pinned: 'b', spreadAll: false, categoryOf });
    expect(layout.singles.get('b')).toEqual([0, 0]);
    expect(layout.badges[0].ids).not.toContain('b');
  });

  it('spreads groups out instead of folding them at the closest zoom', () => {
    const layout = layoutClusters(near, { pinned: null, spreadAll: true, categoryOf });
    expect(layout.badges).toEqual([]);
    const drawn = near.map((item) => {
      const [dx, dy] = layout.singles.get(item.id) ?? [NaN, NaN];
      return `${Math.round(item.x + dx)}:${Math.round(item.y + dy)}`;
    });
    expect(new Set(drawn).size).toBe(4);
  });
});

describe('categoryCounts', () => {
  it('counts ids per category', () => {
    expect(categoryCounts(['a', 'c', 'far'], categoryOf)).toEqual([['statement', 1], ['troops', 2]]);
  });
});
