import type { Coordinate } from 'ol/coordinate';
import type Feature from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import type BaseLayer from 'ol/layer/Base';
import VectorLayer from 'ol/layer/Vector';
import LayerGroup from 'ol/layer/Group';
import type OlMap from 'ol/Map';
import VectorSource from 'ol/source/Vector';
import { AreaImage, type AreaImagePart } from './areaImage';
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
import type { AreaColours, LayerInfo, LineWidths } from '../types';

/**
 * The area layers, bottom to top: country fills, provinces, country outlines and other areas (all
 * drawn in one image, areaImage.ts), the selected area's outline, rivers.
 * Countries are drawn in two parts so that the strong national borders draw above the province
 * fills; the layer switcher toggles both together.
 *
 * Area and country names are placed and drawn by mapLabels.ts. River names follow their lines
 * and share a declutter group with the claim symbols (obstacles), which they give way to.
 */

export const Z = { areas: 0, countryFill: 0, provinces: 10, countryOutline: 20, other: 25, rivers: 30, areaSelection: 15 } as const;
/** River labels and claim symbols (as obstacles) are decluttered together. */
export const DECLUTTER_GROUP = 'area-labels';

export type AreaFeature = Feature<Geometry>;

export interface AreaLayers {
  /** The layers per API layer id (the unit the layer switcher toggles): the rivers' own, the others' visibility switch in the areas' image. */
  byId: Map<string, BaseLayer[]>;
  sources: Map<string, VectorSource<AreaFeature>>;
  context: AreaContext;
  /** Shows the selected area's outline. */
  selection: VectorSource<AreaFeature>;
  /** Countries, provinces and other areas, drawn as one image. */
  image: AreaImage;
}

/** The Layers panel's switch for an area layer drawn in the areas' image: a layer that holds only its visibility. */
function imageSwitch(id: string): BaseLayer {
  const toggle = new LayerGroup();
  toggle.set('layerId', id);
  return toggle;
}

/** The image's parts for one API layer: the countries are two (fills below the provinces, outlines above them). */
function imageParts(id: string, source: VectorSource<AreaFeature>, shown: () => boolean, colours: AreaColours, lines: LineWidths, context: AreaContext): AreaImagePart[] {
  switch (id) {
    case 'countries':
      return [
        { source, shown, order: Z.countryFill, style: countryFillStyle(colours, context) },
        { source, shown, order: Z.countryOutline, style: countryOutlineStyle(colours, lines, context) },
      ];
    case 'provinces':
      return [{ source, shown, order: Z.provinces, style: provinceStyle(colours, lines, context) }];
    default:
      return [{ source, shown, order: Z.other, style: genericAreaStyle(colours, lines) }];
  }
}

export function createAreaLayers(map: OlMap, colours: AreaColours, lines: LineWidths, infos: LayerInfo[]): AreaLayers {
  const context: AreaContext = { focusCountries: new Set(), coreCountries: new Set(), shade: null };
  const byId = new Map<string, BaseLayer[]>();
  const sources = new Map<string, VectorSource<AreaFeature>>();
  const parts: AreaImagePart[] = [];
  const image = new AreaImage(parts, Z.areas);
  for (const info of infos) {
    const source = new VectorSource<AreaFeature>();
    sources.set(info.id, source);
    if (info.id === 'rivers') {
      // River names share the declutter group with the claims, so the rivers stay a vector layer.
      const rivers = new VectorLayer({ source, zIndex: Z.rivers, style: riverStyle(colours, lines), declutter: DECLUTTER_GROUP, updateWhileInteracting: false });
      rivers.set('layerId', info.id);
      map.addLayer(rivers);
      byId.set(info.id, [rivers]);
      continue;
    }
    const toggle = imageSwitch(info.id);
    toggle.on('change:visible', () => image.redraw());
    source.on('change', () => image.redraw());
    parts.push(...imageParts(info.id, source, () => toggle.getVisible(), colours, lines, context));
    byId.set(info.id, [toggle]);
  }
  map.addLayer(image.layer);
  const selection = new VectorSource<AreaFeature>();
  map.addLayer(new VectorLayer({ source: selection, zIndex: Z.areaSelection, style: areaSelectionStyle() }));
  return { byId, sources, context, selection, image };
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
  areas.image.redraw();
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
