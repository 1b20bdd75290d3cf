import type { Coordinate } from 'ol/coordinate';
import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import VectorImageLayer from 'ol/layer/VectorImage';
import type OlMap from 'ol/Map';
import VectorSource from 'ol/source/Vector';
import type { StyleLike } from 'ol/style/Style';
import {
  type AreaContext,
  areaProps,
  areaSelectionStyle,
  countryFillStyle,
  countryOutlineStyle,
  genericAreaStyle,
  provinceStyle,
  riverStyle,
} from './style';
import type { AreaColours, GeoJsonFeatureCollection, LayerInfo, LineWidths } from '../types';

/**
 * The area layers, bottom to top: country fills, provinces, the selected area's outline, country
 * outlines + names, rivers.
 * Countries are split in two OpenLayers layers so that the strong national borders draw above
 * the province fills; the layer switcher toggles both together.
 *
 * Area and country names are placed and drawn by mapLabels.ts. River names follow their lines
 * and share a declutter group with the claim symbols (obstacles), which they give way to.
 */

export const Z = { countryFill: 0, provinces: 10, countryOutline: 20, other: 25, rivers: 30, areaSelection: 15 } as const;
/**
 * How much larger than the view the area layers' image is drawn (VectorImage): a drag of up to a
 * quarter of the view's width or height each way shows drawn areas before the image is drawn anew.
 */
const IMAGE_RATIO = 1.5;
/** River labels and claim symbols (as obstacles) are decluttered together. */
export const DECLUTTER_GROUP = 'area-labels';

export type AreaFeature = Feature<Geometry>;

export interface AreaLayers {
  /** OpenLayers layers per API layer id (the unit the layer switcher toggles). */
  byId: Map<string, BaseLayer[]>;
  sources: Map<string, VectorSource<AreaFeature>>;
  context: AreaContext;
  /** Shows the selected area's outline. */
  selection: VectorSource<AreaFeature>;
}

const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export function readFeatures(collection: GeoJsonFeatureCollection<unknown>): AreaFeature[] {
  return geojson.readFeatures(collection);
}

function vectorLayer(
  source: VectorSource<AreaFeature>,
  id: string,
  zIndex: number,
  style: StyleLike,
  declutter: string | false,
): BaseLayer {
  // A layer whose names share the declutter group with the claims must be replayed each frame;
  // the others are drawn once into an image while the view rests, and a drag only moves it.
  const layer = declutter
    ? new VectorLayer({ source, zIndex, style, declutter, updateWhileInteracting: false })
    : new VectorImageLayer({ source, zIndex, style, imageRatio: IMAGE_RATIO });
  layer.set('layerId', id);
  return layer;
}

export function createAreaLayers(map: OlMap, colours: AreaColours, lines: LineWidths, infos: LayerInfo[]): AreaLayers {
  const context: AreaContext = { focusCountries: new Set(), coreCountries: new Set(), shade: null };
  const byId = new Map<string, BaseLayer[]>();
  const sources = new Map<string, VectorSource<AreaFeature>>();
  for (const info of infos) {
    const source = new VectorSource<AreaFeature>();
    sources.set(info.id, source);
    let layers: BaseLayer[];
    switch (info.id) {
      case 'countries':
        layers = [
          vectorLayer(source, info.id, Z.countryFill, countryFillStyle(colours, context), false),
          vectorLayer(source, info.id, Z.countryOutline, countryOutlineStyle(colours, lines, context), false),
        ];
        break;
      case 'provinces':
        layers = [vectorLayer(source, info.id, Z.provinces, provinceStyle(colours, lines, context), false)];
        break;
      case 'rivers':
        layers = [vectorLayer(source, info.id, Z.rivers, riverStyle(colours, lines), DECLUTTER_GROUP)];
        break;
      default:
        layers = [vectorLayer(source, info.id, Z.other, genericAreaStyle(colours, lines), false)];
    }
    byId.set(info.id, layers);
    layers.forEach((layer) => map.addLayer(layer));
  }
  const selection = new VectorSource<AreaFeature>();
  map.addLayer(new VectorLayer({ source: selection, zIndex: Z.areaSelection, style: areaSelectionStyle() }));
  return { byId, sources, context, selection };
}

/**
 * Derives which countries are focus/core from all loaded areas, then redraws. Called once every
 * area layer has loaded, since it needs countries and provinces together.
 */
export function updateAreaContext(areas: AreaLayers): void {
  const { focusCountries, coreCountries } = areas.context;
  focusCountries.clear();
  coreCountries.clear();
  for (const source of areas.sources.values()) {
    for (const feature of source.getFeatures()) {
      const p = areaProps(feature);
      if (!p.focus || p.kind === 'river') continue;
      if (p.kind === 'country') focusCountries.add(p.country);
      coreCountries.add(p.country);
    }
  }
  redrawAreas(areas);
}

/** An area feature by id, from any area layer. */
export function areaById(areas: AreaLayers, id: string): AreaFeature | null {
  for (const source of areas.sources.values()) {
    const feature = source.getFeatureById(id) ?? source.getFeatures().find((f) => areaProps(f).id === id);
    if (feature) return feature;
  }
  return null;
}

/** Redraws every area layer (after a style input such as the choropleth changed). */
export function redrawAreas(areas: AreaLayers): void {
  for (const layers of areas.byId.values()) layers.forEach((layer) => layer.changed());
}

/** The area under a map coordinate: the province if provinces are shown, else the country. */
export function areaAt(areas: AreaLayers, coordinate: Coordinate): AreaFeature | null {
  for (const id of ['provinces', 'countries']) {
    const visible = areas.byId.get(id)?.some((layer) => layer.getVisible());
    if (!visible) continue;
    const hits = areas.sources.get(id)?.getFeaturesAtCoordinate(coordinate) ?? [];
    const polygonal = hits.filter((f) => /Polygon/.test(f.getGeometry()?.getType() ?? ''));
    if (polygonal[0]) return polygonal[0];
  }
  return null;
}
