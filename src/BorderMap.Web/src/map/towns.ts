import type { Coordinate } from 'ol/coordinate';
import type Feature from 'ol/Feature';
import type Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import RegularShape from 'ol/style/RegularShape';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import { boxAround, type LabelCandidate } from './labelPlacement';
import { labelSize } from './labels';
import { FONT_STACK } from './style';
import { BADGE_HALO_PX, clusterRadius, nominalSymbolRadius } from './symbols';
import { featuresOf } from './preparedFeatures';
import type { PreparedFeature } from './preparedGeoJson';

/**
 * The town layer: capitals, provincial centres and border towns from `GET /api/towns` (points
 * with {id, name, rank, country}). Their names are placed with the other labels (mapLabels.ts)
 * beside their dot, capitals before provincial centres before border towns; a town whose name
 * finds no room is left out, dot and all, so every dot on the map is named.
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

/** The ids of the towns whose names were placed, per layer (only those are drawn). */
const labelled = new WeakMap<TownLayer, Set<string>>();

export function createTownLayer(): TownLayer {
  const styles = { capital: dotStyle('capital'), provincial: dotStyle('provincial'), border: dotStyle('border') };
  const shown = new Set<string>();
  const layer = new VectorLayer({
    source: new VectorSource<Feature<Point>>(),
    zIndex: TOWN_Z,
    style: (feature) => {
      if (!shown.has(String(feature.get('id')))) return undefined;
      return styles[(feature.get('rank') as TownRank | undefined) ?? 'border'] ?? styles.border;
    },
  });
  layer.set('layerId', 'towns');
  labelled.set(layer, shown);
  return layer;
}

/** Draws the dots of exactly these towns (the ones whose names were placed). */
export function showTowns(layer: TownLayer, ids: Iterable<string>): void {
  const shown = labelled.get(layer);
  if (!shown) return;
  shown.clear();
  for (const id of ids) shown.add(id);
  layer.changed();
}

/** Loads the towns (the base map's, asked for early and prepared in its worker: api/baseMap.ts) into the layer; returns how many there are. */
export async function loadTowns(layer: TownLayer, answer: Promise<PreparedFeature[]>): Promise<number> {
  const features = featuresOf<Point>(await answer);
  layer.getSource()?.addFeatures(features.filter((f) => f.getGeometry()?.getType() === 'Point'));
  return features.length;
}

/** The font a town's label is drawn in. */
export function townFont(rank: TownRank): string {
  return TOWN_FONT[rank] ?? TOWN_FONT.border;
}

/** How far (CSS px) a town's label may move from its dot to clear what is drawn on it: a claim symbol, then badges of a few, a hundred and ten thousand claims (with their halo and the room labels keep). */
function symbolClearancesPx(): number[] {
  return [nominalSymbolRadius(), ...[2, 100, 10_000].map((count) => clusterRadius(count) + BADGE_HALO_PX)].map((r) => r + 2);
}

/** Label centres around a point at a gap: right, left, above, below, then the corners. */
function around([x = 0, y = 0]: Coordinate, gap: number, [hw, hh]: readonly [number, number]): Coordinate[] {
  const [dx, dy] = [gap + hw, gap + hh];
  return [
    [x + dx, y],
    [x - dx, y],
    [x, y + dy],
    [x, y - dy],
    [x + dx, y + dy],
    [x + dx, y - dy],
    [x - dx, y + dy],
    [x - dx, y - dy],
  ];
}

/** The label id of a town. */
export function townLabelId(id: string): string {
  return `town:${id}`;
}

/** Label candidates for the visible towns, placed around their dots. */
export function townLabelCandidates(layer: TownLayer, resolution: number): LabelCandidate[] {
  if (!layer.getVisible()) return [];
  return (layer.getSource()?.getFeatures() ?? []).map((feature) => {
    const { id, name, rank } = townProps(feature);
    const [w, h] = labelSize(name, townFont(rank));
    const half = [(w / 2) * resolution, (h / 2) * resolution] as const;
    const [x = 0, y = 0] = feature.getGeometry()?.getCoordinates() ?? [];
    const radius = (DOT_RADIUS[rank] ?? DOT_RADIUS.border) * resolution;
    // Beside the dot; failing that, clear of a claim symbol or a cluster badge drawn on the dot (claims are often anchored at towns).
    const beside = [radius, ...symbolClearancesPx().map((px) => px * resolution)].flatMap((clear) => around([x, y], clear + LABEL_GAP_PX * resolution, half));
    return {
      id: townLabelId(id),
      text: name,
      kind: 'town',
      look: 'town',
      font: townFont(rank),
      priority: TOWN_PRIORITY[rank] ?? -1,
      mustShow: false,
      half,
      positions: () => beside,
      reserve: boxAround([x, y], [radius, radius]),
    };
  });
}
