import type { GeometryObject } from 'ol/format/Feature';
import type { GeometryLayout } from 'ol/geom/Geometry';
import { deflateCoordinates, deflateCoordinatesArray, deflateMultiCoordinatesArray } from 'ol/geom/flat/deflate';
import { fromEPSG4326 } from 'ol/proj/epsg3857';
import { NOT_JSON } from '../api/api';
import type { BaseMap, GeoJsonFeature, GeoJsonFeatureCollection } from '../types';

/**
 * GeoJSON in lon/lat made ready for the map's features: each geometry as OpenLayers' flat
 * coordinates, already projected to Web Mercator (EPSG:3857), the map's projection. This is the
 * costly part of reading GeoJSON (parsing, flattening and projecting every coordinate), so the
 * base map does it in a worker (api/baseMapWorker.ts) and the page's main thread only builds the
 * features (map/preparedFeatures.ts). It is what OpenLayers' GeoJSON reader does with
 * `dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857'`, step for step, so the
 * coordinates are the same numbers. Plain data: it crosses to the page as a structured clone.
 */

/** One feature: its geometry as OpenLayers' flat geometry object (null without one), its id if it had one, its properties. */
export interface PreparedFeature {
  geometry: GeometryObject | null;
  id?: string | number;
  properties: Record<string, unknown> | null;
}

/** The base map (`GET /api/basemap`) prepared: every area layer's features by layer id, and the towns'. */
export interface PreparedBaseMap {
  layers: Record<string, PreparedFeature[]>;
  towns: PreparedFeature[];
}

interface GeoJsonGeometry {
  type: string;
  coordinates?: unknown;
  geometries?: GeoJsonGeometry[];
}

type Position = number[];

function layoutForStride(stride: number): GeometryLayout {
  return stride === 4 ? 'XYZM' : stride === 3 ? 'XYZ' : 'XY';
}

/** Projects a flat geometry's lon/lat to Web Mercator in place, as OpenLayers' `applyTransform` calls the projection. */
function project(object: GeometryObject | null): GeometryObject | null {
  if (!object) return null;
  if (Array.isArray(object)) {
    object.forEach(project);
    return object;
  }
  const dimension = object.layout?.startsWith('XYZ') ? 3 : 2;
  const stride = object.layout?.length ?? 2;
  fromEPSG4326(object.flatCoordinates, object.flatCoordinates, dimension, stride);
  return object;
}

/** The flat geometry object of one GeoJSON geometry (lon/lat), null for a missing or empty one. */
function flatGeometry(geometry: GeoJsonGeometry | null | undefined): GeometryObject | null {
  if (!geometry) return null;
  if (geometry.type === 'GeometryCollection') {
    return (geometry.geometries ?? []).map(flatGeometry).filter((part): part is GeometryObject => part !== null);
  }
  const coordinates = geometry.coordinates;
  if (!Array.isArray(coordinates) || coordinates.length === 0) return null;
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', flatCoordinates: [...(coordinates as Position)], layout: layoutForStride(coordinates.length) };
    case 'LineString':
    case 'MultiPoint': {
      const positions = coordinates as Position[];
      const stride = positions[0]?.length || 2;
      const flatCoordinates: number[] = [];
      const end = deflateCoordinates(flatCoordinates, 0, positions, stride);
      const ends = geometry.type === 'LineString' ? { ends: [end] } : {};
      return { type: geometry.type, flatCoordinates, layout: layoutForStride(stride), ...ends };
    }
    case 'Polygon':
    case 'MultiLineString': {
      const rings = coordinates as Position[][];
      const stride = rings[0]?.[0]?.length || 2;
      const flatCoordinates: number[] = [];
      const ends = deflateCoordinatesArray(flatCoordinates, 0, rings, stride);
      return { type: geometry.type, flatCoordinates, ends, layout: layoutForStride(stride) };
    }
    case 'MultiPolygon': {
      const polygons = coordinates as Position[][][];
      const stride = polygons[0]?.[0]?.[0]?.length || 2;
      const flatCoordinates: number[] = [];
      const ends = deflateMultiCoordinatesArray(flatCoordinates, 0, polygons, stride);
      return { type: 'MultiPolygon', flatCoordinates, ends, layout: layoutForStride(stride) };
    }
    default:
      throw new Error(`Unsupported GeoJSON geometry type: ${geometry.type}`);
  }
}

function prepareFeature(feature: GeoJsonFeature<unknown>): PreparedFeature {
  const prepared: PreparedFeature = {
    geometry: project(flatGeometry(feature.geometry as GeoJsonGeometry | null)),
    properties: (feature.properties as Record<string, unknown> | null) ?? null,
  };
  if ('id' in feature && feature.id !== undefined) prepared.id = feature.id;
  return prepared;
}

/** Prepares every feature of a GeoJSON FeatureCollection in lon/lat. */
export function prepareCollection(collection: GeoJsonFeatureCollection<unknown>): PreparedFeature[] {
  return collection.features.map(prepareFeature);
}

/** Prepares the base map's every layer and its towns. */
export function prepareBaseMap(baseMap: BaseMap): PreparedBaseMap {
  const layers: Record<string, PreparedFeature[]> = {};
  for (const [id, collection] of Object.entries(baseMap.layers)) layers[id] = prepareCollection(collection);
  return { layers, towns: prepareCollection(baseMap.towns) };
}

/** Parses the base map's UTF-8 JSON and prepares it; throws a clear error when it is not JSON. */
export function prepareBaseMapBytes(body: ArrayBuffer): PreparedBaseMap {
  let baseMap: BaseMap;
  try {
    baseMap = JSON.parse(new TextDecoder().decode(body)) as BaseMap;
  } catch {
    throw new Error(NOT_JSON);
  }
  return prepareBaseMap(baseMap);
}
