import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import type SimpleGeometry from 'ol/geom/SimpleGeometry';
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../src/map/preparedFeatures';
import { prepareBaseMapBytes, prepareCollection } from '../src/map/preparedGeoJson';
import type { AreaProperties, GeoJsonFeatureCollection } from '../src/types';

/** What the map read the base map with before: OpenLayers' GeoJSON reader, lon/lat to the map's Web Mercator. */
const openLayers = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

function boundaries<P = unknown>(name: string): GeoJsonFeatureCollection<P> {
  const path = resolve(import.meta.dirname, '../../../geodata/boundaries', `${name}.geojson`);
  return JSON.parse(readFileSync(path, 'utf8')) as GeoJsonFeatureCollection<P>;
}

/** A feature as the map sees it: id, properties, and its geometry's type, layout, ends and coordinates (parts of a collection in turn). */
function seen(feature: Feature<Geometry>): unknown {
  const { geometry, ...properties } = feature.getProperties();
  return { id: feature.getId(), properties, geometry: shape(geometry as Geometry | null | undefined) };
}

function shape(geometry: Geometry | null | undefined): unknown {
  if (!geometry) return geometry;
  if (geometry.getType() === 'GeometryCollection') return (geometry as unknown as { getGeometries(): Geometry[] }).getGeometries().map(shape);
  const simple = geometry as SimpleGeometry & { getEnds?: () => number[]; getEndss?: () => number[][] };
  return { type: simple.getType(), layout: simple.getLayout(), ends: simple.getEndss?.() ?? simple.getEnds?.(), flat: simple.getFlatCoordinates() };
}

/** Reads the collection both ways, from fresh copies (OpenLayers' reader projects a point's own array in place). */
function bothWays(collection: GeoJsonFeatureCollection<unknown>): [unknown[], unknown[]] {
  const copy = () => structuredClone(collection);
  return [openLayers.readFeatures(copy()).map(seen), featuresOf(prepareCollection(copy())).map(seen)];
}

describe('the base map prepared off the main thread', () => {
  it.each(['countries', 'provinces', 'rivers'])('gives the map the same %s as OpenLayers’ reader, to the last digit of every coordinate', (name) => {
    const [expected, actual] = bothWays(boundaries(name));
    expect(expected.length).toBeGreaterThan(0);
    expect(actual).toEqual(expected);
  });

  it('reads every kind of geometry, a feature without one or without an id, and 3D positions, as OpenLayers does', () => {
    const collection: GeoJsonFeatureCollection<unknown> = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', id: 7, geometry: { type: 'Point', coordinates: [69.2, 37.1] }, properties: { name: 'a town', rank: 'border' } },
        { type: 'Feature', geometry: { type: 'MultiPoint', coordinates: [[68, 37], [70.5, 38.25]] }, properties: null },
        { type: 'Feature', id: 'l', geometry: { type: 'LineString', coordinates: [[68, 37, 400], [69, 37.5, 420]] }, properties: {} },
        { type: 'Feature', id: 'p', geometry: { type: 'Polygon', coordinates: [[[68, 36], [71, 36], [71, 39], [68, 36]], [[69, 37], [70, 37], [70, 38], [69, 37]]] }, properties: { kind: 'province' } },
        { type: 'Feature', id: 'g', geometry: { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [70, 38] }, { type: 'LineString', coordinates: [] }, { type: 'MultiLineString', coordinates: [[[68, 37], [69, 38]], [[70, 37], [71, 38]]] }] }, properties: { kind: 'other' } },
        { type: 'Feature', id: 'none', geometry: null, properties: { kind: 'other' } },
        { type: 'Feature', id: 'pole', geometry: { type: 'Point', coordinates: [0, 89.9] }, properties: {} },
      ],
    };
    const [expected, actual] = bothWays(collection);
    expect(actual).toEqual(expected);
  });

  it('says which geometry type it cannot read', () => {
    const odd = { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Circle', coordinates: [1, 2] }, properties: {} }] } as GeoJsonFeatureCollection<unknown>;
    expect(() => prepareCollection(odd)).toThrow('Unsupported GeoJSON geometry type: Circle');
  });

  it('prepares every area layer by its id and the towns from the answer’s bytes, and the result survives the copy to the page', () => {
    const towns: GeoJsonFeatureCollection<unknown> = { type: 'FeatureCollection', features: [{ type: 'Feature', id: 'dushanbe', geometry: { type: 'Point', coordinates: [68.78, 38.54] }, properties: { name: 'Dushanbe', rank: 'capital', country: 'TJK' } }] };
    const answer = { layers: { rivers: boundaries<AreaProperties>('rivers'), provinces: boundaries<AreaProperties>('provinces') }, towns };
    const prepared = structuredClone(prepareBaseMapBytes(new TextEncoder().encode(JSON.stringify(answer)).buffer));
    expect(Object.keys(prepared.layers)).toEqual(['rivers', 'provinces']);
    expect(featuresOf(prepared.layers['provinces'] ?? []).map(seen)).toEqual(openLayers.readFeatures(boundaries('provinces')).map(seen));
    expect(featuresOf(prepared.towns).map(seen)).toEqual(openLayers.readFeatures(towns).map(seen));
  });

  it('says the answer is not JSON when its bytes do not parse', () => {
    expect(() => prepareBaseMapBytes(new TextEncoder().encode('<html>Bad gateway</html>').buffer)).toThrow('The server sent a response that is not valid JSON');
  });
});
