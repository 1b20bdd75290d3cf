import { describe, expect, it } from 'vitest';
import { fromLonLat } from 'ol/proj';
import { anchorOfMarker, ClaimRecords } from '../src/map/claimRecords';
import { screenPositions } from '../src/map/symbolOffsets';
import type { ClaimMarker, GeoJsonFeature, GeoJsonFeatureCollection } from '../src/types';

function marker(id: string, props: Partial<ClaimMarker>, geometry: unknown = null): GeoJsonFeature<ClaimMarker> {
  return { type: 'Feature', id, geometry, properties: { id, ...props } as ClaimMarker };
}

function collection(...features: Array<GeoJsonFeature<ClaimMarker>>): GeoJsonFeatureCollection<ClaimMarker> {
  return { type: 'FeatureCollection', features };
}

describe('anchorOfMarker', () => {
  it('prefers the anchor property, else takes a Point geometry', () => {
    expect(anchorOfMarker(marker('a', { anchor: [70, 37] }, { type: 'Point', coordinates: [1, 2] }))).toEqual([70, 37]);
    expect(anchorOfMarker(marker('b', {}, { type: 'Point', coordinates: [71, 38] }))).toEqual([71, 38]);
    expect(anchorOfMarker(marker('c', {}, { type: 'LineString', coordinates: [[1, 2], [3, 4]] }))).toBeNull();
  });
});

describe('ClaimRecords', () => {
  it('keeps the collection order and skips markers it cannot place', () => {
    const records = new ClaimRecords();
    const { ids } = records.add(collection(marker('b', { anchor: [70, 37] }), marker('x', {}), marker('a', { anchor: [71, 36] })));
    expect(ids).toEqual(['b', 'a']);
    expect(records.has('x')).toBe(false);
    expect(records.get('a')?.anchor).toEqual(fromLonLat([71, 36]));
  });

  it('keeps a record at the same version and replaces it at a new one', () => {
    const records = new ClaimRecords();
    records.add(collection(marker('a', { anchor: [70, 37], version: 1 })));
    const first = records.known('a');
    expect(records.add(collection(marker('a', { anchor: [70, 37], version: 1 }))).replaced).toEqual([]);
    expect(records.known('a')).toBe(first);
    const { replaced } = records.add(collection(marker('a', { anchor: [72, 37], version: 2 })));
    expect(replaced).toEqual(['a']);
    expect(records.known('a').anchor).toEqual(fromLonLat([72, 37]));
  });

  it('forgets a deleted claim', () => {
    const records = new ClaimRecords();
    records.add(collection(marker('a', { anchor: [70, 37] })));
    expect(records.delete('a')).toBe(true);
    expect(records.all()).toEqual([]);
    expect(() => records.known('a')).toThrow();
  });
});

describe('screenPositions', () => {
  it('turns map metres into pixels with y pointing down', () => {
    const anchors: Record<string, number[]> = { a: [1000, 2000], b: [-500, -100] };
    expect(screenPositions(['b', 'a'], (id) => anchors[id], 100)).toEqual([
      { id: 'b', x: -5, y: 1 },
      { id: 'a', x: 10, y: -20 },
    ]);
  });
});
