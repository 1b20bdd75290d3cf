import type { Coordinate } from 'ol/coordinate';
import { createEmpty, extend } from 'ol/extent';
import Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
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
import type { CategoryLookup } from '../shared/categories';
import type { LabelObstacles } from './labels';
import { DECLUTTER_GROUP } from './layers';
import { clusterPoints } from './cluster';
import { type Offset, layoutSymbols, spreadOffsets } from './spread';
import { FONT_STACK, withAlpha } from './style';
import { claimSymbolStyle, clusterStyle, type SymbolState } from './symbols';
import type { ClaimMarker, GeoJsonFeature, GeoJsonFeatureCollection } from '../types';

/**
 * Claims on the map: one symbol per drawn claim at its anchor (spread in screen space where
 * symbols would overlap, see spread.ts), plus the claim's full geometry while it is hovered or
 * selected. Both layers sit above every area layer. Symbols join the labels' declutter group as
 * obstacles only: they are never hidden, so every claim stays visible and clickable, and labels
 * give way to them (labels.ts also places them clear of the spread symbols).
 *
 * The layer knows every claim it has been given (`add`, lean markers), for lookups by id, and
 * draws the subset the filters pass (`draw`). A claim's full geometry is fetched only when it
 * is hovered or selected (`setGeometryLoader`), and symbol features are made only for the
 * claims drawn one by one, so 100,000 markers cost little more than their records.
 *
 * Large sets (more than SPREAD_LIMIT drawn claims) are clustered instead (cluster.ts): claims
 * closer than CLUSTER_RADIUS px on screen become one badge with their count and category mix,
 * recomputed when the zoom changes; clicking a badge zooms in, and at the closest zoom the
 * remaining groups spread out like small sets do. The selected claim is never clustered.
 */

export const CLAIM_Z = { geometry: 50, symbols: 60 } as const;

/** Up to this many drawn claims are all drawn individually and spread; above it they cluster. */
export const SPREAD_LIMIT = 400;
const CLUSTER_RADIUS = 48;
const CLUSTER_FONT = `700 11px ${FONT_STACK}`;
/** How long the pointer rests on a claim before its full geometry is fetched for the highlight. */
const HOVER_GEOMETRY_DELAY_MS = 80;

/** A cluster badge's members, as the interaction sees them. */
export interface ClaimCluster {
  ids: string[];
  /** Extent of the members' anchors (EPSG:3857). */
  extent: number[];
}

interface ClaimRecord {
  props: ClaimMarker;
  /** The resolved geometry (EPSG:3857), shown on hover/selection; loaded on demand (undefined: not yet). */
  geometry: Geometry | null | undefined;
  /** The symbol position (EPSG:3857). */
  anchor: Coordinate;
  /** The claim's edit version, when the server sends one. */
  version: number | undefined;
}

/** A marker's anchor: its `anchor` property, else its Point geometry (lon, lat). */
function anchorOfMarker(raw: GeoJsonFeature<ClaimMarker>): [number, number] | null {
  const anchor = raw.properties?.anchor;
  if (Array.isArray(anchor) && anchor.length >= 2) return anchor;
  const geometry = raw.geometry as { type?: string; coordinates?: unknown } | null;
  const at = geometry?.type === 'Point' ? geometry.coordinates : null;
  return Array.isArray(at) && at.length >= 2 ? (at as [number, number]) : null;
}

export class ClaimsLayer implements LabelObstacles {
  readonly symbols: VectorLayer<VectorSource<Feature<Point>>>;
  readonly geometries: VectorLayer<VectorSource<Feature<Geometry>>>;
  private readonly records = new Map<string, ClaimRecord>();
  private readonly symbolFeatures = new Map<string, Feature<Point>>();
  /** Ids of the claims drawn now, in the filtered response's order. */
  private drawnIds: string[] = [];
  private readonly drawnSet = new Set<string>();
  private readonly hoverListeners: Array<(id: string | null) => void> = [];
  /** Spread offsets, valid for `layoutResolution` (they depend on the zoom). */
  private offsets = new Map<string, Offset>();
  private layoutResolution = NaN;
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private mode: 'spread' | 'cluster' = 'spread';
  private map: OlMap | null = null;
  private hoveredCluster: Feature<Point> | null = null;
  private geometryLoader: ((id: string) => Promise<Geometry | null>) | null = null;
  private readonly loadingGeometry = new Set<string>();
  private hoverTimer: number | undefined;
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

  /**
   * Where the drawn claims' symbols are at a resolution (EPSG:3857): each symbol's spread
   * position, and its anchor when the two differ (the leader's dot is there).
   */
  obstacles(resolution: number): Coordinate[] {
    if (!this.symbols.getVisible()) return [];
    this.ensureLayout(resolution);
    const points: Coordinate[] = [];
    for (const feature of this.symbols.getSource()?.getFeatures() ?? []) {
      const id = feature.get('claimId') as string | undefined;
      const record = id ? this.records.get(id) : undefined;
      if (!record) {
        const at = feature.getGeometry()?.getCoordinates();
        if (at) points.push(at);
        continue;
      }
      const [dx, dy] = this.offsets.get(id as string) ?? [0, 0];
      const [x = 0, y = 0] = record.anchor;
      points.push([x + dx * resolution, y - dy * resolution]);
      if (dx !== 0 || dy !== 0) points.push(record.anchor);
    }
    return points;
  }

  /** Connects the layer to its map, so clusters follow the zoom. */
  attach(map: OlMap): void {
    this.map = map;
    map.on('moveend', () => {
      if (this.mode === 'cluster' && map.getView().getResolution() !== this.layoutResolution) this.layoutClusters();
    });
  }

  onObstaclesChanged(listener: () => void): void {
    this.obstacleListeners.push(listener);
  }

  private obstaclesChanged(): void {
    this.obstacleRevision++;
    for (const listener of this.obstacleListeners) listener();
  }

  /**
   * Adds (or updates) claims for lookups; returns their ids in the collection's order. Claims
   * already known at the same `version` are kept as they are, so re-filtering a large
   * collection costs little more than reading its ids.
   */
  add(collection: GeoJsonFeatureCollection<ClaimMarker>): string[] {
    const ids: string[] = [];
    for (const raw of collection.features) {
      const id = String(raw.id ?? raw.properties?.id ?? '');
      const known = this.records.get(id);
      if (known && known.version !== undefined && known.version === raw.properties?.version) {
        ids.push(id);
        continue;
      }
      const read = this.read(id, raw);
      if (read) ids.push(read);
    }
    return ids;
  }

  /** Records one marker; returns its id, or null if it cannot be placed. */
  private read(id: string, raw: GeoJsonFeature<ClaimMarker>): string | null {
    const lonLat = anchorOfMarker(raw);
    if (!id || !lonLat) return null; // Nothing to place: the server resolves every claim, so this is defensive.
    const anchor = fromLonLat(lonLat);
    const previous = this.records.get(id);
    this.records.set(id, { props: { ...raw.properties, id }, geometry: undefined, anchor, version: raw.properties?.version });
    this.symbolFeatures.get(id)?.getGeometry()?.setCoordinates(anchor);
    if (previous && (id === this.hoveredId || id === this.selectedId)) this.refreshGeometries();
    return id;
  }

  /** Forgets a claim (deleted); it is no longer drawn. */
  remove(id: string): void {
    if (!this.records.delete(id)) return;
    this.symbolFeatures.delete(id);
    if (this.drawnSet.has(id)) this.draw(this.drawnIds.filter((other) => other !== id));
  }

  /** Where the full geometry of a hovered or selected claim comes from (fetched on demand). */
  setGeometryLoader(loader: (id: string) => Promise<Geometry | null>): void {
    this.geometryLoader = loader;
  }

  /** The symbol feature of a claim drawn on its own (made on first use). */
  private symbolFeature(id: string): Feature<Point> {
    let symbol = this.symbolFeatures.get(id);
    if (!symbol) {
      const anchor = (this.records.get(id) as ClaimRecord).anchor;
      symbol = new Feature<Point>({ geometry: new Point(anchor) });
      symbol.setId(id);
      symbol.set('claimId', id);
      this.symbolFeatures.set(id, symbol);
    }
    return symbol;
  }

  /** Draws exactly these claims (known ones, in this order). */
  draw(ids: readonly string[]): void {
    this.drawnSet.clear();
    this.drawnIds = [];
    for (const id of ids) {
      if (this.drawnSet.has(id) || !this.records.has(id)) continue;
      this.drawnSet.add(id);
      this.drawnIds.push(id);
    }
    this.mode = this.drawnIds.length > SPREAD_LIMIT ? 'cluster' : 'spread';
    this.hoveredCluster = null;
    if (this.mode === 'spread') {
      const source = this.symbols.getSource();
      source?.clear(true);
      source?.addFeatures(this.drawnIds.map((id) => this.symbolFeature(id)));
    }
    this.respread();
    this.refreshGeometries();
  }

  /** Whether large-set clustering is on (more than SPREAD_LIMIT claims drawn). */
  get clustered(): boolean {
    return this.mode === 'cluster';
  }

  /** The claims drawn now (empty while the layer is hidden). */
  drawn(): ClaimMarker[] {
    if (!this.symbols.getVisible()) return [];
    return this.drawnIds.map((id) => (this.records.get(id) as ClaimRecord).props);
  }

  /** The claims the filters pass, whether or not the layer is visible. */
  filtered(): ClaimMarker[] {
    return this.drawnIds.map((id) => (this.records.get(id) as ClaimRecord).props);
  }

  /** The claim's position: its anchor (EPSG:3857) and its geometry's extent. */
  extentOf(id: string): number[] | null {
    const record = this.records.get(id);
    if (!record) return null;
    return record.geometry?.getExtent() ?? [...record.anchor, ...record.anchor];
  }

  /** Where the claim's symbol is anchored (EPSG:3857). */
  anchorOf(id: string): Coordinate | null {
    return this.records.get(id)?.anchor ?? null;
  }

  get(id: string): ClaimMarker | null {
    return this.records.get(id)?.props ?? null;
  }

  /** Every claim the layer knows, drawn or not. */
  all(): ClaimMarker[] {
    return [...this.records.values()].map((r) => r.props);
  }

  /** Whether the claim is known (drawn or not). */
  has(id: string): boolean {
    return this.records.has(id);
  }

  /** Drawn claims per category (the filtered set, whether or not the layer is visible). */
  countsByCategory(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const id of this.drawnIds) {
      const category = this.records.get(id)?.props.category ?? '';
      counts.set(category, (counts.get(category) ?? 0) + 1);
    }
    return counts;
  }

  /** Whether the claim is drawn now (layer on and the filters pass it). */
  isShown(id: string): boolean {
    return this.drawnSet.has(id) && this.symbols.getVisible();
  }

  setSelected(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    // A selected claim leaves its cluster.
    if (this.mode === 'cluster') this.layoutClusters();
    this.symbols.changed();
    this.refreshGeometries();
  }

  setHovered(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.symbols.changed();
    this.refreshGeometries();
    for (const listener of this.hoverListeners) listener(id);
  }

  get hovered(): string | null {
    return this.hoveredId;
  }

  /** Called whenever the hovered claim changes (from the map or from the claim list). */
  onHover(listener: (id: string | null) => void): void {
    this.hoverListeners.push(listener);
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

  /** The cluster badge under a map pixel, if any. */
  clusterAtPixel(map: OlMap, pixel: Pixel): ClaimCluster | null {
    if (!this.symbols.getVisible() || this.mode !== 'cluster') return null;
    const feature = map.forEachFeatureAtPixel(pixel, (f) => (f.get('clusterIds') ? (f as Feature<Point>) : undefined), {
      layerFilter: (layer) => layer === this.symbols,
      hitTolerance: 2,
    });
    if (!feature) return null;
    const ids = feature.get('clusterIds') as string[];
    const extent = createEmpty();
    for (const id of ids) {
      const anchor = this.records.get(id)?.anchor;
      if (anchor) extend(extent, [...anchor, ...anchor]);
    }
    return { ids, extent };
  }

  /** Highlights the cluster badge under the pointer (null: none). */
  setHoveredCluster(map: OlMap, pixel: Pixel | null): ClaimCluster | null {
    const found = pixel ? this.clusterAtPixel(map, pixel) : null;
    const feature = found
      ? ((this.symbols.getSource()?.getFeatures() ?? []).find((f) => f.get('clusterIds') === found.ids) ?? null)
      : null;
    if (feature !== this.hoveredCluster) {
      this.hoveredCluster = feature;
      this.symbols.changed();
    }
    return found;
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
    const offset = this.offsets.get(id);
    if (!offset) return null; // inside a cluster badge
    const [dx, dy] = offset;
    const x = (pixel[0] ?? NaN) + dx;
    const y = (pixel[1] ?? NaN) + dy;
    if (!(x >= 0 && y >= 0 && x <= (size[0] ?? 0) && y <= (size[1] ?? 0))) return null;
    const rect = map.getViewport()?.getBoundingClientRect();
    return rect ? [rect.left + x, rect.top + y] : null;
  }

  /** The set of drawn claims changed: the layout must be redone at the next render. */
  private respread(): void {
    this.layoutResolution = NaN;
    if (this.mode === 'cluster') this.layoutClusters();
    this.symbols.changed();
    this.obstaclesChanged();
  }

  /** Lays out the drawn claims' symbols for a resolution (m/px), once per resolution (spread mode). */
  private ensureLayout(resolution: number): void {
    if (this.mode === 'cluster' || resolution === this.layoutResolution) return;
    this.layoutResolution = resolution;
    const placed = [];
    for (const id of this.drawnIds) {
      const record = this.records.get(id) as ClaimRecord;
      placed.push({ id, x: (record.anchor[0] ?? 0) / resolution, y: -(record.anchor[1] ?? 0) / resolution });
    }
    this.offsets = layoutSymbols(placed);
  }

  /**
   * Cluster mode: groups the drawn claims at the map's resolution and puts one feature per
   * group (or per claim, for loners and the selected claim) in the source. At the closest zoom
   * groups spread instead. Runs on zoom changes, never during rendering.
   */
  private layoutClusters(): void {
    const view = this.map?.getView();
    const resolution = view?.getResolution();
    const source = this.symbols.getSource();
    if (!view || !resolution || !source) return;
    this.layoutResolution = resolution;
    const spreadAll = resolution <= view.getMinResolution() * 1.01;
    const items = [];
    for (const id of this.drawnIds) {
      if (id === this.selectedId) continue;
      const record = this.records.get(id) as ClaimRecord;
      items.push({ id, x: (record.anchor[0] ?? 0) / resolution, y: -(record.anchor[1] ?? 0) / resolution });
    }
    const byId = new Map(items.map((item) => [item.id, item]));
    const offsets = new Map<string, Offset>();
    const features: Feature<Point>[] = [];
    const single = (id: string, offset: Offset) => {
      offsets.set(id, offset);
      features.push(this.symbolFeature(id));
    };
    if (this.selectedId && this.drawnSet.has(this.selectedId)) single(this.selectedId, [0, 0]);
    for (const group of clusterPoints(items, CLUSTER_RADIUS)) {
      if (group.ids.length === 1) {
        single(group.ids[0], [0, 0]);
      } else if (spreadAll) {
        const ring = spreadOffsets(group.ids.length);
        group.ids.forEach((id, i) => {
          const item = byId.get(id) as { x: number; y: number };
          const [rx, ry] = ring[i] ?? [0, 0];
          single(id, [group.x + rx - item.x, group.y + ry - item.y]);
        });
      } else {
        const counts = new Map<string, number>();
        for (const id of group.ids) {
          const category = this.records.get(id)?.props.category ?? '';
          counts.set(category, (counts.get(category) ?? 0) + 1);
        }
        const feature = new Feature<Point>({ geometry: new Point([group.x * resolution, -group.y * resolution]) });
        feature.set('clusterIds', group.ids);
        feature.set(
          'segments',
          [...counts].sort((a, b) => a[0].localeCompare(b[0])).map(([category, n]) => [this.category(category).color, n] as const),
        );
        features.push(feature);
      }
    }
    this.offsets = offsets;
    this.hoveredCluster = null;
    source.clear(true);
    source.addFeatures(features);
    this.obstaclesChanged();
  }

  private refreshGeometries(): void {
    const source = this.geometries.getSource();
    if (!source) return;
    source.clear();
    const ids = [this.hoveredId, this.selectedId].filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
    for (const id of ids) {
      const record = this.records.get(id);
      if (!record || !this.drawnSet.has(id)) continue;
      if (record.geometry === undefined) {
        this.loadGeometry(id, record);
        continue;
      }
      if (!record.geometry) continue;
      const feature = new Feature<Geometry>({ geometry: record.geometry });
      feature.set('claimId', id);
      source.addFeature(feature);
    }
  }

  /**
   * Fetches a claim's full geometry: at once for the selected claim, for a hovered one once the
   * pointer rests on it (sweeping across thousands of symbols asks for none of them).
   */
  private loadGeometry(id: string, record: ClaimRecord): void {
    if (!this.geometryLoader || this.loadingGeometry.has(id)) return;
    if (id !== this.selectedId) {
      window.clearTimeout(this.hoverTimer);
      this.hoverTimer = window.setTimeout(() => {
        if (id === this.hoveredId && this.records.get(id) === record && record.geometry === undefined) this.fetchGeometry(id, record);
      }, HOVER_GEOMETRY_DELAY_MS);
      return;
    }
    this.fetchGeometry(id, record);
  }

  private fetchGeometry(id: string, record: ClaimRecord): void {
    if (!this.geometryLoader || this.loadingGeometry.has(id)) return;
    this.loadingGeometry.add(id);
    this.geometryLoader(id).then(
      (geometry) => {
        this.loadingGeometry.delete(id);
        // Only if the record was not replaced (a newer version) meanwhile.
        if (this.records.get(id) !== record) return;
        record.geometry = geometry;
        if (id === this.hoveredId || id === this.selectedId) this.refreshGeometries();
      },
      () => {
        this.loadingGeometry.delete(id);
        if (this.records.get(id) === record) record.geometry = null;
      },
    );
  }

  private symbolStyle(feature: FeatureLike, resolution: number): Style[] | undefined {
    const members = feature.get('clusterIds') as string[] | undefined;
    if (members) {
      const segments = feature.get('segments') as Array<readonly [string, number]>;
      return clusterStyle(members.length, segments, feature === this.hoveredCluster ? 'hover' : 'normal', CLUSTER_FONT);
    }
    const id = feature.get('claimId') as string;
    const record = this.records.get(id);
    if (!record || !this.drawnSet.has(id)) return undefined;
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
