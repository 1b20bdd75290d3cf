import type { Coordinate } from 'ol/coordinate';
import type { Extent } from 'ol/extent';
import type Feature from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import RegularShape from 'ol/style/RegularShape';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import { apiUrl } from '../api/api';
import { boxAround, type LabelCandidate } from './labelPlacement';
import { labelSize } from './labels';
import { FONT_STACK } from './style';

/**
 * The town layer: capitals, provincial centres and border towns from `GET /api/towns` (points
 * with {id, name, rank, country}), drawn as small dots. Their names are placed with the other
 * labels (mapLabels.ts), beside the dot, capitals before provincial centres before border towns.
 */

export type TownRank = 'capital' | 'provincial' | 'border';

export interface TownProperties {
  id: string;
  name: string;
  rank: TownRank;
  country: string;
}

export const TOWN_Z = 35;
const TOWN_COLOR = '#2d2a26';
const DOT_RADIUS: Record<TownRank, number> = { capital: 4.5, provincial: 3.5, border: 2.5 };
const TOWN_FONT: Record<TownRank, string> = {
  capital: `700 12px ${FONT_STACK}`,
  provincial: `600 11px ${FONT_STACK}`,
  border: `500 10.5px ${FONT_STACK}`,
};
/** Label priority by rank: above context provinces for capitals and centres, below for border towns. */
export const TOWN_PRIORITY: Record<TownRank, number> = { capital: 3e15, provincial: 1e15, border: -1 };
/** Gap between a dot and its label's box (the box has its own padding), in px. */
const LABEL_GAP_PX = 1;

const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

function townProps(feature: Feature<Point>): TownProperties {
  return feature.getProperties() as TownProperties;
}

function dotStyle(rank: TownRank): Style {
  const fill = new Fill({ color: rank === 'capital' ? '#ffffff' : TOWN_COLOR });
  const stroke = new Stroke({ color: rank === 'capital' ? TOWN_COLOR : '#ffffff', width: rank === 'capital' ? 2 : 1.2 });
  const image =
    rank === 'capital'
      ? new RegularShape({ points: 4, radius: DOT_RADIUS.capital * 1.3, angle: Math.PI / 4, fill, stroke })
      : new CircleStyle({ radius: DOT_RADIUS[rank], fill, stroke });
  return new Style({ image });
}

export type TownLayer = VectorLayer<VectorSource<Feature<Point>>>;

export function createTownLayer(): TownLayer {
  const styles = { capital: dotStyle('capital'), provincial: dotStyle('provincial'), border: dotStyle('border') };
  const layer = new VectorLayer({
    source: new VectorSource<Feature<Point>>(),
    zIndex: TOWN_Z,
    style: (feature) => styles[(feature.get('rank') as TownRank | undefined) ?? 'border'] ?? styles.border,
  });
  layer.set('layerId', 'towns');
  return layer;
}

/**
 * Loads the towns into the layer; returns how many there are. A server without town data
 * answers 404: the layer then stays empty rather than failing the whole map.
 */
export async function loadTowns(layer: TownLayer): Promise<number> {
  const response = await fetch(apiUrl('towns'), { headers: { Accept: 'application/geo+json, application/json' } });
  if (response.status === 404) return 0;
  if (!response.ok) throw new Error(`${response.status} ${response.statusText}`.trim());
  const features = geojson.readFeatures((await response.json()) as object) as Array<Feature<Point>>;
  layer.getSource()?.addFeatures(features.filter((f) => f.getGeometry()?.getType() === 'Point'));
  return features.length;
}

/** The visible towns' dots as boxes other labels keep off (map units). */
export function townDotBoxes(layer: TownLayer, resolution: number): Extent[] {
  if (!layer.getVisible()) return [];
  return (layer.getSource()?.getFeatures() ?? []).map((feature) => {
    const r = (DOT_RADIUS[townProps(feature).rank] ?? DOT_RADIUS.border) * resolution;
    return boxAround(feature.getGeometry()?.getCoordinates() ?? [0, 0], [r, r]);
  });
}

/** The font a town's label is drawn in. */
export function townFont(rank: TownRank): string {
  return TOWN_FONT[rank] ?? TOWN_FONT.border;
}

/** Label candidates for the visible towns: right of the dot, else left, above, below. */
export function townLabelCandidates(layer: TownLayer, resolution: number): LabelCandidate[] {
  if (!layer.getVisible()) return [];
  return (layer.getSource()?.getFeatures() ?? []).map((feature) => {
    const { id, name, rank } = townProps(feature);
    const [w, h] = labelSize(name, townFont(rank));
    const half = [(w / 2) * resolution, (h / 2) * resolution] as const;
    const [x = 0, y = 0] = feature.getGeometry()?.getCoordinates() ?? [];
    const gap = ((DOT_RADIUS[rank] ?? DOT_RADIUS.border) + LABEL_GAP_PX) * resolution;
    const beside: Coordinate[] = [
      [x + gap + half[0], y],
      [x - gap - half[0], y],
      [x, y + gap + half[1]],
      [x, y - gap - half[1]],
    ];
    return { id: `town:${id}`, text: name, kind: 'town', look: 'town', font: townFont(rank), priority: TOWN_PRIORITY[rank] ?? -1, mustShow: false, half, positions: () => beside };
  });
}
