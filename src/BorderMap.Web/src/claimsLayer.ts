import type { Coordinate } from 'ol/coordinate';
import { getCenter } from 'ol/extent';
import Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import GeoJSON from 'ol/format/GeoJSON';
import type Geometry from 'ol/geom/Geometry';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import type { Pixel } from 'ol/pixel';
import { fromLonLat } from 'ol/proj';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import type { CategoryLookup } from './categories';
import type { LabelObstacles } from './labels';
import { DECLUTTER_GROUP } from './layers';
import { type Offset, layoutSymbols } from './spread';
import { withAlpha } from './style';
import { claimSymbolStyle, type SymbolState } from './symbols';
import type { ClaimProperties, GeoJsonFeatureCollection } from './types';

/**
 * Claims on the map: one symbol per claim at its anchor (spread in screen space where symbols
 * would overlap, see spread.ts), plus the claim's full geometry while it is hovered or selected. Both layers sit
 * above every area layer. Symbols join the labels' declutter group as obstacles only: they are
 * never hidden, so every claim stays visible and clickable, and labels give way to them.
 */

export const CLAIM_Z = { geometry: 50, symbols: 60 } as const;

interface ClaimRecord {
  props: ClaimProperties;
  /** The resolved geometry (EPSG:3857), shown on hover/selection. */
  geometry: Geometry | null;
  /** The symbol position (EPSG:3857). */
  anchor: Coordinate;
}

const geojson = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export class ClaimsLayer implements LabelObstacles {
  readonly symbols: VectorLayer<VectorSource<Feature<Point>>>;
  readonly geometries: VectorLayer<VectorSource<Feature<Geometry>>>;
  private readonly records = new Map<string, ClaimRecord>();
  private readonly hiddenCategories = new Set<string>();
  /** Spread offsets, valid for `layoutResolution` (they depend on the zoom). */
  private offsets = new Map<string, Offset>();
  private layoutResolution = NaN;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private obstacleRevision = 0;
  private readonly obstacleListeners: Array<() => void> = [];

  constructor(private readonly category: CategoryLookup) {
    this.symbols = new VectorLayer({
      source: new VectorSource<Feature<Point>>(),
      zIndex: CLAIM_Z.symbols,
      declutter: DECLUTTER_GROUP,
      updateWhileAnimating: true,
      updateWhileInteracting: true,
      style: (feature, resolution) => this.symbolStyle(feature, resolution),
    });
    this.symbols.set('layerId', 'claims');
    this.geometries = new VectorLayer({
      source: new VectorSource<Feature<Geometry>>(),
      zIndex: CLAIM_Z.geometry,
      style: (feature) => this.geometryStyle(feature),
    });
    // The highlight follows the symbols' visibility.
    this.symbols.on('change:visible', () => {
      this.geometries.setVisible(this.symbols.getVisible());
      this.obstaclesChanged();
    });
  }

  /** Changes whenever the set of drawn claims changes (labels then move out of their way). */
  get revision(): number {
    return this.obstacleRevision;
  }

  /** Anchors of the claims drawn now (EPSG:3857). */
  anchors(): Coordinate[] {
    if (!this.symbols.getVisible()) return [];
    return [...this.records.values()].filter((r) => !this.hiddenCategories.has(r.props.category)).map((r) => r.anchor);
  }

  onObstaclesChanged(listener: () => void): void {
    this.obstacleListeners.push(listener);
  }

  private obstaclesChanged(): void {
    this.obstacleRevision++;
    for (const listener of this.obstacleListeners) listener();
  }

  load(collection: GeoJsonFeatureCollection<ClaimProperties>): void {
    this.records.clear();
    const features: Feature<Point>[] = [];
    for (const raw of geojson.readFeatures(collection)) {
      const props = raw.getProperties() as ClaimProperties & { geometry?: unknown };
      const id = String(raw.getId() ?? props.id);
      const geometry = raw.getGeometry() ?? null;
      const anchor = Array.isArray(props.anchor)
        ? fromLonLat(props.anchor)
        : geometry
          ? getCenter(geometry.getExtent())
          : null;
      if (!anchor) continue; // Nothing to place: the server resolves every claim, so this is defensive.
      const { geometry: _ignored, ...clean } = props;
      this.records.set(id, { props: { ...clean, id } as ClaimProperties, geometry, anchor });
      const symbol = new Feature<Point>({ geometry: new Point(anchor) });
      symbol.setId(id);
      symbol.set('claimId', id);
      features.push(symbol);
    }
    const source = this.symbols.getSource();
    source?.clear();
    source?.addFeatures(features);
    this.respread();
  }

  get(id: string): ClaimProperties | null {
    return this.records.get(id)?.props ?? null;
  }

  all(): ClaimProperties[] {
    return [...this.records.values()].map((r) => r.props);
  }

  countsByCategory(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { props } of this.records.values()) counts.set(props.category, (counts.get(props.category) ?? 0) + 1);
    return counts;
  }

  setCategoryVisible(categoryId: string, visible: boolean): void {
    if (visible) this.hiddenCategories.delete(categoryId);
    else this.hiddenCategories.add(categoryId);
    this.respread();
    this.refreshGeometries();
  }

  /** Whether the claim is drawn now (layer on and its category not filtered out). */
  isShown(id: string): boolean {
    const record = this.records.get(id);
    return !!record && this.symbols.getVisible() && !this.hiddenCategories.has(record.props.category);
  }

  setSelected(id: string | null): void {
    this.selectedId = id;
    this.symbols.changed();
    this.refreshGeometries();
  }

  setHovered(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.symbols.changed();
    this.refreshGeometries();
  }

  /** The claim whose symbol is under a map pixel, if any (topmost wins). */
  claimAtPixel(map: OlMap, pixel: Pixel): string | null {
    if (!this.symbols.getVisible()) return null;
    // Checks the current state too: the last rendered frame may still show a claim that a filter
    // has just hidden.
    const hit = map.forEachFeatureAtPixel(pixel, (feature) => {
      const id = feature.get('claimId') as string | undefined;
      return id && this.isShown(id) ? id : undefined;
    }, {
      layerFilter: (layer) => layer === this.symbols,
      hitTolerance: 2,
    });
    return hit ?? null;
  }

  /** Page (client) CSS pixel of the claim's drawn symbol, spread offset included. */
  clientPixel(map: OlMap, id: string): [number, number] | null {
    const record = this.records.get(id);
    if (!record || !this.isShown(id)) return null;
    const pixel = map.getPixelFromCoordinate(record.anchor);
    const size = map.getSize();
    const resolution = map.getView().getResolution();
    if (!pixel || !size || !resolution) return null;
    this.ensureLayout(resolution);
    const [dx, dy] = this.offsets.get(id) ?? [0, 0];
    const x = (pixel[0] ?? NaN) + dx;
    const y = (pixel[1] ?? NaN) + dy;
    if (!(x >= 0 && y >= 0 && x <= (size[0] ?? 0) && y <= (size[1] ?? 0))) return null;
    const rect = map.getViewport()?.getBoundingClientRect();
    return rect ? [rect.left + x, rect.top + y] : null;
  }

  /** The set of drawn claims changed: the layout must be redone at the next render. */
  private respread(): void {
    this.layoutResolution = NaN;
    this.symbols.changed();
    this.obstaclesChanged();
  }

  /** Lays out the drawn claims' symbols for a resolution (m/px), once per resolution. */
  private ensureLayout(resolution: number): void {
    if (resolution === this.layoutResolution) return;
    this.layoutResolution = resolution;
    const placed = [];
    for (const [id, record] of this.records) {
      if (this.hiddenCategories.has(record.props.category)) continue;
      placed.push({ id, x: (record.anchor[0] ?? 0) / resolution, y: -(record.anchor[1] ?? 0) / resolution });
    }
    this.offsets = layoutSymbols(placed);
  }

  private refreshGeometries(): void {
    const source = this.geometries.getSource();
    if (!source) return;
    source.clear();
    const ids = [this.hoveredId, this.selectedId].filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
    for (const id of ids) {
      const record = this.records.get(id);
      if (!record?.geometry || this.hiddenCategories.has(record.props.category)) continue;
      const feature = new Feature<Geometry>({ geometry: record.geometry });
      feature.set('claimId', id);
      source.addFeature(feature);
    }
  }

  private symbolStyle(feature: FeatureLike, resolution: number): Style[] | undefined {
    const id = feature.get('claimId') as string;
    const record = this.records.get(id);
    if (!record || this.hiddenCategories.has(record.props.category)) return undefined;
    this.ensureLayout(resolution);
    const state: SymbolState = id === this.selectedId ? 'selected' : id === this.hoveredId ? 'hover' : 'normal';
    return claimSymbolStyle(this.category(record.props.category), state, this.offsets.get(id) ?? [0, 0]);
  }

  private readonly geometryStyles = new Map<string, Style[]>();

  private geometryStyle(feature: FeatureLike): Style[] | undefined {
    const record = this.records.get(feature.get('claimId') as string);
    if (!record) return undefined;
    const { color } = this.category(record.props.category);
    let styles = this.geometryStyles.get(color);
    if (!styles) {
      styles = [
        new Style({ stroke: new Stroke({ color: 'rgba(255,255,255,0.85)', width: 6 }), zIndex: 0 }),
        new Style({
          fill: new Fill({ color: withAlpha(color, 0.2) }),
          stroke: new Stroke({ color: withAlpha(color, 0.9), width: 3 }),
          image: new CircleStyle({
            radius: 5,
            fill: new Fill({ color: withAlpha(color, 0.35) }),
            stroke: new Stroke({ color, width: 2 }),
          }),
          zIndex: 1,
        }),
      ];
      this.geometryStyles.set(color, styles);
    }
    return styles;
  }
}
