import { describe, expect, it } from 'vitest';
import RenderFeature from 'ol/render/Feature';
import { groupClusterFeatures } from '../src/map/clusterTileFormat';

// Constructed tile features: a 512 m wide tile, so one tile pixel is one map unit.
const TILE: [number, number, number, number] = [0, 0, 512, 512];

function point(x: number, y: number, properties: Record<string, string | number>): RenderFeature {
  return new RenderFeature('Point', [x, y], [2], 2, { layer: 'claims', ...properties }, undefined);
}

describe('groupClusterFeatures', () => {
  it('merges nearby cells into one cluster feature with the summed count and category counts', () => {
    const features = [
      point(100, 100, { count: 3, 'category:armed': 2, 'category:border': 1 }),
      point(110, 104, { count: 5, 'category:border': 5 }),
      point(400, 400, { count: 1, 'category:refugees': 1 }),
    ];
    const grouped = groupClusterFeatures(features, TILE);
    const near = grouped.find((f) => f.get('count') === 8);
    expect(near?.getProperties()).toMatchObject({ count: 8, 'category:armed': 2, 'category:border': 6 });
    expect(near?.getFlatCoordinates()[0]).toBeCloseTo((100 * 3 + 110 * 5) / 8);
    expect(grouped.find((f) => f.get('count') === 1)?.get('category:refugees')).toBe(1);
    expect(grouped).toHaveLength(2);
  });

  it('passes single claims through unchanged', () => {
    const single = point(100, 100, { id: 'c1', category: 'armed' });
    const grouped = groupClusterFeatures([single, point(101, 101, { count: 2 }), point(102, 102, { count: 4 })], TILE);
    expect(grouped).toContain(single);
    expect(grouped.filter((f) => f.get('count') !== undefined).map((f) => f.get('count') as number)).toEqual([6]);
  });
});
