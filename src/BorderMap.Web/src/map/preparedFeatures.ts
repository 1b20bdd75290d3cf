import Feature from 'ol/Feature';
import { createGeometry } from 'ol/format/Feature';
import type Geometry from 'ol/geom/Geometry';
import type { PreparedFeature } from './preparedGeoJson';

/**
 * The map's features from prepared GeoJSON (map/preparedGeoJson.ts: flat coordinates already in
 * the map's projection): what OpenLayers' GeoJSON reader makes of a feature, without its parsing
 * and projecting, which the base map's worker did off the page's main thread.
 */
export function featuresOf<G extends Geometry = Geometry>(prepared: PreparedFeature[]): Array<Feature<G>> {
  return prepared.map((source) => {
    const feature = new Feature<G>();
    // Null without a geometry, as OpenLayers' reader sets it.
    feature.setGeometry(createGeometry(source.geometry) as G);
    if (source.id !== undefined) feature.setId(source.id);
    if (source.properties) feature.setProperties(source.properties, true);
    return feature;
  });
}
