import type { Coordinate } from 'ol/coordinate';
import { createEmpty, extend } from 'ol/extent';
import Feature from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import type OlMap from 'ol/Map';
import type { Pixel } from 'ol/pixel';
import VectorSource from 'ol/source/Vector';
import type { CategoryLookup } from '../shared/categories';
import { ClaimHighlight } from './claimHighlight';
import { ClaimRecords } from './claimRecords';
import { claimSymbolsStyle } from './claimSymbolStyle';
import { layoutClusters } from './clusterLayout';
import type { LabelObstacles } from './labels';
import { DECLUTTER_GROUP } from './layers';
import { screenPositions, SymbolOffsets } from './symbolOffsets';
import type { SymbolState } from './symbols';
import type { ClaimMarker, GeoJsonFeatureCollection } from '../types';

/**
 * Claims on the map: one symbol per drawn claim at its anchor (spread in screen space where
 * symbols would overlap, see spread.ts), plus the claim's full geometry while it is hovered or
 * selected (claimHighlight.ts). Both layers sit above every area layer. Symbols join the
 * labels' declutter group as obstacles only: they are never hidden, so every claim stays
 * visible and clickable, and labels give way to them (labels.ts also places them clear of the
 * spread symbols).
 *
 * The layer knows every claim it has been given (`add`, lean markers in claimRecords.ts), for
 * lookups by id, and draws the subset the filters pass (`draw`). Symbol features are made only
 * for the claims drawn one by one, so 100,000 markers cost little more than their records.
 *
 * Large sets (more than SPREAD_LIMIT drawn claims) are clustered instead (clusterLayout.ts):
 * claims close on screen become one badge with their count and category mix, recomputed when
 * the zoom changes; clicking a badge zooms in, and at the closest zoom the remaining groups
 * spread out like small sets do. The selected claim is never clustered.
 */

export const CLAIM_Z = { geometry: 50, symbols: 60 } as const;

/** Up to this many drawn claims are all drawn individually and spread; above it they cluster. */
export const SPREAD_LIMIT = 400;

/** A cluster badge's members, as the interaction sees them. */
export interface ClaimCluster {
  ids: string[];
  /** Extent of the members' anchors (EPSG:3857). */
  extent: number[];
}

export class ClaimsLayer implements LabelObstacles {
  readonly symbols: VectorLayer<VectorSource<Feature<Point>>>;
  private readonly records = new ClaimRecords();
  private readonly highlight: ClaimHighlight;
  private readonly symbolFeatures = new Map<string, Feature<Point>>();
  /** Ids of the claims drawn now, in the filtered response's order. */
  private drawnIds: string[] = [];
  private readonly drawnSet = new Set<string>();
  private readonly hoverListeners: Array<(id: string | null) => void> = [];
  private readonly offsets = new SymbolOffsets();
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private mode: 'spread' | 'cluster' = 'spread';
  private map: OlMap | null = null;
  private hoveredCluster: Feature<Point> | null = null;
  private readonly obstacleListeners: Array<() => void> = [];

  constructor(private readonly category: CategoryLookup) {
    this.symbols = new VectorLayer({
      source: new VectorSource<Feature<Point>>(),
      zIndex: CLAIM_Z.symbols,
      declutter: DECLUTTER_GROUP,
      updateWhileAnimating: true,
      updateWhileInteracting: true,
      style: claimSymbolsStyle({
        drawnCategory: (id) => (this.drawnSet.has(id) ? this.category(this.records.known(id).props.category) : null),
        stateOf: (id) => this.stateOf(id),
        offsetAt: (id, resolution) => {
          this.ensureLayout(resolution);
          return this.offsets.get(id) ?? [0, 0];
        },
        isHoveredBadge: (feature) => feature === this.hoveredCluster,
      }),
    });
    this.symbols.set('layerId', 'claims');
    this.highlight = new ClaimHighlight(this.records, category, (id) => this.drawnSet.has(id), CLAIM_Z.geometry);
    // The highlight follows the symbols' visibility.
    this.symbols.on('change:visible', () => {
      this.geometries.setVisible(this.symbols.getVisible());
      this.obstaclesChanged();
    });
  }

  /** The hovered and selected claims' full geometries (a layer under the symbols). */
  get geometries(): VectorLayer<VectorSource<Feature<Geometry>>> {
    return this.highlight.layer;
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
      if (!id || !record) {
        const at = feature.getGeometry()?.getCoordinates();
        if (at) points.push(at);
        continue;
      }
      const [dx, dy] = this.offsets.get(id) ?? [0, 0];
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
      const resolution = map.getView().getResolution();
      if (this.mode === 'cluster' && resolution !== undefined && !this.offsets.isFor(resolution)) this.layoutClusters();
    });
  }

  onObstaclesChanged(listener: () => void): void {
    this.obstacleListeners.push(listener);
  }

  /** The drawn claims moved: labels move out of their way. */
  private obstaclesChanged(): void {
    for (const listener of this.obstacleListeners) listener();
  }

  /**
   * Adds (or updates) claims for lookups; returns their ids in the collection's order. Claims
   * already known at the same `version` are kept as they are.
   */
  add(collection: GeoJsonFeatureCollection<ClaimMarker>): string[] {
    const { ids, replaced } = this.records.add(collection);
    for (const id of replaced) this.symbolFeatures.get(id)?.getGeometry()?.setCoordinates(this.records.known(id).anchor);
    if (replaced.some((id) => id === this.hoveredId || id === this.selectedId)) this.refreshGeometries();
    return ids;
  }

  /** Forgets a claim (deleted); it is no longer drawn. */
  remove(id: string): void {
    if (!this.records.delete(id)) return;
    this.symbolFeatures.delete(id);
    if (this.drawnSet.has(id)) this.draw(this.drawnIds.filter((other) => other !== id));
  }

  /** Where the full geometry of a hovered or selected claim comes from (fetched on demand). */
  setGeometryLoader(loader: (id: string) => Promise<Geometry | null>): void {
    this.highlight.setLoader(loader);
  }

  /** The symbol feature of a claim drawn on its own (made on first use). */
  private symbolFeature(id: string): Feature<Point> {
    let symbol = this.symbolFeatures.get(id);
    if (!symbol) {
      symbol = new Feature<Point>({ geometry: new Point(this.records.known(id).anchor) });
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
    return this.symbols.getVisible() ? this.filtered() : [];
  }

  /** The claims the filters pass, whether or not the layer is visible. */
  filtered(): ClaimMarker[] {
    return this.drawnIds.map((id) => this.records.known(id).props);
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
    return this.records.all();
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

  private stateOf(id: string): SymbolState {
    return id === this.selectedId ? 'selected' : id === this.hoveredId ? 'hover' : 'normal';
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
    this.offsets.invalidate();
    if (this.mode === 'cluster') this.layoutClusters();
    this.symbols.changed();
    this.obstaclesChanged();
  }

  /** Spread mode: lays out the drawn claims' symbols for a resolution (m/px), once per resolution. */
  private ensureLayout(resolution: number): void {
    if (this.mode === 'spread') this.offsets.spread(resolution, this.drawnIds, (id) => this.records.known(id).anchor);
  }

  /**
   * Cluster mode: groups the drawn claims at the map's resolution and puts one feature per
   * badge (or per claim, for loners and the selected claim) in the source. At the closest zoom
   * groups spread instead. Runs on zoom changes, never during rendering.
   */
  private layoutClusters(): void {
    const view = this.map?.getView();
    const resolution = view?.getResolution();
    const source = this.symbols.getSource();
    if (!view || !resolution || !source) return;
    const layout = layoutClusters(screenPositions(this.drawnIds, (id) => this.records.known(id).anchor, resolution), {
      pinned: this.selectedId,
      spreadAll: resolution <= view.getMinResolution() * 1.01,
      categoryOf: (id) => this.records.get(id)?.props.category ?? '',
    });
    const features = [...layout.singles.keys()].map((id) => this.symbolFeature(id));
    for (const badge of layout.badges) {
      const feature = new Feature<Point>({ geometry: new Point([badge.x * resolution, -badge.y * resolution]) });
      feature.set('clusterIds', badge.ids);
      feature.set('segments', badge.categories.map(([category, n]) => [this.category(category).color, n] as const));
      features.push(feature);
    }
    this.offsets.set(resolution, layout.singles);
    this.hoveredCluster = null;
    source.clear(true);
    source.addFeatures(features);
    this.obstaclesChanged();
  }

  private refreshGeometries(): void {
    this.highlight.show(this.hoveredId, this.selectedId);
  }
}
