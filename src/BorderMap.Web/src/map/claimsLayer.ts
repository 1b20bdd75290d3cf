import type { Coordinate } from 'ol/coordinate';
import type { FeatureLike } from 'ol/Feature';
import type VectorTileLayer from 'ol/layer/VectorTile';
import type OlMap from 'ol/Map';
import type { Pixel } from 'ol/pixel';
import type RenderFeature from 'ol/render/Feature';
import type VectorTileSource from 'ol/source/VectorTile';
import type { CategoryLookup } from '../shared/categories';
import type { ClaimSummary } from '../types';
import { ClaimHighlight, type LoadedClaim } from './claimHighlight';
import { createClaimTileLayer, pointOf, type PrimedTile, tileClaim, tileCluster, type TileCluster, tileUrl } from './claimTiles';
import { KnownClaims } from './knownClaims';
import { TileFeatures } from './tileFeatures';
import { TILE_Z_DIRECTION } from './viewTiles';
import type { LabelObstacles, SymbolObstacle } from './labels';
import type { Offset } from './spread';
import { spreadAnchors } from './symbolOffsets';
import { BADGE_HALO_PX, clusterRadius, nominalSymbolRadius } from './symbols';

/**
 * Claims on the map, from the store's vector tiles (claimTiles.ts): count badges where the tiles
 * cluster, category symbols where they hold single claims, and above them the hovered and the
 * selected claim with their full geometry (claimHighlight.ts). Symbols join the labels' declutter
 * group as obstacles only: labels give way to them.
 *
 * What is drawn is what the rendered tiles hold in view: after each render the single claims in
 * view are spread apart where their symbols would overlap (spread.ts; up to SPREAD_LIMIT of them)
 * and remembered (knownClaims.ts, bounded) for lookups. Nothing here holds every claim.
 */

export const CLAIM_Z = { symbols: 60, highlight: 61 } as const;

/** Up to this many single claims in view are spread apart; more are drawn at their anchors. */
export const SPREAD_LIMIT = 400;
const NO_OFFSET: Offset = [0, 0];

/** A cluster badge as tests see it: its centre in client CSS pixels, its radius and its count. */
export interface ClientBadge {
  pixel: [number, number];
  radius: number;
  count: number;
}

/** What is drawn in view now: single claims (with their anchors) and cluster badges. */
interface InView {
  claims: Array<{ summary: ClaimSummary; anchor: Coordinate }>;
  clusters: TileCluster[];
}

export class ClaimsLayer implements LabelObstacles {
  readonly symbols: VectorTileLayer<VectorTileSource<RenderFeature>>;
  private readonly known = new KnownClaims();
  private readonly loaded: TileFeatures;
  private readonly highlight: ClaimHighlight;
  private offsets = new Map<string, Offset>();
  private laidOutFor = '';
  private readonly hoverListeners: Array<(id: string | null) => void> = [];
  private readonly obstacleListeners: Array<() => void> = [];
  private selectedId: string | null = null;
  private hoveredId: string | null = null;
  private map: OlMap | null = null;
  private codesShown = false;

  constructor(category: CategoryLookup, primed: PrimedTile) {
    const offsetOf = (id: string) => this.offsets.get(id) ?? NO_OFFSET;
    this.symbols = createClaimTileLayer({ category, offsetOf, showCodes: () => this.codesShown }, CLAIM_Z.symbols, primed);
    const source = this.symbols.getSource();
    if (!source) throw new Error('The claim layer has no source');
    this.loaded = new TileFeatures(source);
    this.loaded.reset(tileUrl(new URLSearchParams()));
    this.highlight = new ClaimHighlight(this.known, category, offsetOf, CLAIM_Z.highlight);
    this.symbols.on('change:visible', () => {
      this.highlight.layer.setVisible(this.symbols.getVisible());
      this.obstaclesChanged();
    });
  }

  /** The hovered and selected claims (with their full geometries) over the tiles. */
  get geometries(): ClaimHighlight['layer'] {
    return this.highlight.layer;
  }

  /** Connects the layer to its map: after each complete render the claims in view are laid out again. */
  attach(map: OlMap): void {
    this.map = map;
    // Every frame of a drag or an animation completes a render once its tiles are in; the layout
    // waits for the view to settle, so a panning frame does no more than draw.
    // (A listener that returns false would stop the event for the listeners after it.)
    map.on('rendercomplete', () => {
      const view = map.getView();
      if (!view.getInteracting() && !view.getAnimating()) this.layOut();
    });
  }

  /**
   * Resolves once the tiles the map asked for are in (or failed), or at the map's next complete
   * render, whichever comes first (OpenLayers may drop a loading tile without an event).
   */
  tilesLoaded(): Promise<void> {
    const rendered = new Promise<void>((resolve) => this.map?.once('rendercomplete', () => resolve()));
    return Promise.race([this.loaded.loaded(), rendered]);
  }

  /** Shows the claims that meet these filters (the `/api/claims` parameters): new tile URLs. */
  setQuery(query: URLSearchParams): void {
    const url = tileUrl(query);
    if (url === this.loaded.template) return;
    this.loaded.reset(url);
    this.symbols.getSource()?.setUrl(url);
  }

  /** Shows or hides the Admiralty code under each single claim (admiraltyLabels.ts). */
  showCodes(shown: boolean): void {
    if (shown === this.codesShown) return;
    this.codesShown = shown;
    this.symbols.changed();
  }

  /** The store changed: the tiles are asked for again (revalidated with their ETags). */
  refresh(): void {
    this.loaded.reset(this.loaded.template);
    this.symbols.getSource()?.refresh();
  }

  /** A claim changed or was deleted: its cached geometry and lookup are dropped. */
  forget(id: string): void {
    this.highlight.forget(id);
    if (id !== this.selectedId) this.known.forget(id);
  }

  /** Where the whole claim comes from (the highlight's geometry; the anchor of a claim not in view). */
  setLoader(loader: (id: string) => Promise<LoadedClaim & { summary: ClaimSummary; anchor: Coordinate | null }>): void {
    this.highlight.setLoader(async (id) => {
      const claim = await loader(id);
      if (claim.anchor && !this.known.get(id)) this.known.meet(claim.summary, claim.anchor);
      return claim;
    });
  }

  /** Remembers claims met elsewhere (the list's rows), so they can be named, revealed and highlighted. */
  meet(summary: ClaimSummary, anchor: Coordinate): void {
    this.known.meet(summary, anchor);
  }

  onObstaclesChanged(listener: () => void): void {
    this.obstacleListeners.push(listener);
  }

  private obstaclesChanged(): void {
    for (const listener of this.obstacleListeners) listener();
  }

  /** The single claims and (unless `claimsOnly`) the badges the rendered tiles hold in view (none while the layer is hidden). */
  private inView(claimsOnly = false): InView {
    const map = this.map;
    const size = map?.getSize();
    if (!map || !size || !this.symbols.getVisible()) return { claims: [], clusters: [] };
    const view = map.getView();
    const resolution = view.getResolution();
    const grid = this.symbols.getSource()?.getTileGrid();
    if (resolution === undefined || !grid) return { claims: [], clusters: [] };
    const claims: InView['claims'] = [];
    const clusters: TileCluster[] = [];
    const seen = new Set<string>();
    for (const feature of this.loaded.inExtent(grid.getZForResolution(resolution, TILE_Z_DIRECTION), view.calculateExtent(size))) {
      const summary = tileClaim(feature);
      if (summary && !seen.has(summary.id)) {
        seen.add(summary.id);
        claims.push({ summary, anchor: pointOf(feature) });
      } else if (!summary && !claimsOnly) {
        const cluster = tileCluster(feature);
        if (cluster) clusters.push(cluster);
      }
    }
    return { claims, clusters };
  }

  /** Spreads the single claims in view apart and remembers them; redraws (and says so) when the layout changed. */
  private layOut(): boolean {
    const resolution = this.map?.getView().getResolution();
    if (!resolution) return false;
    const { claims } = this.inView(true);
    for (const { summary, anchor } of claims) this.known.meet(summary, anchor);
    const key = `${resolution}|${claims.map((c) => `${c.summary.id}@${c.anchor.join(',')}`).join(' ')}`;
    if (key === this.laidOutFor) return false;
    this.laidOutFor = key;
    const anchors = new Map(claims.map((c) => [c.summary.id, c.anchor]));
    this.offsets = claims.length <= SPREAD_LIMIT ? spreadAnchors(anchors, resolution) : new Map<string, Offset>();
    this.symbols.changed();
    this.highlight.redraw();
    this.obstaclesChanged();
    return true;
  }

  /** Where the drawn symbols are (EPSG:3857) and how large: each claim's spread position and its anchor, and each badge. */
  obstacles(resolution: number): SymbolObstacle[] {
    const { claims, clusters } = this.inView();
    const symbols: SymbolObstacle[] = clusters.map((c) => ({ at: c.at, radius: clusterRadius(c.count) + BADGE_HALO_PX }));
    const radius = nominalSymbolRadius();
    for (const { summary, anchor } of claims) {
      const [dx, dy] = this.offsets.get(summary.id) ?? NO_OFFSET;
      const [x = 0, y = 0] = anchor;
      symbols.push({ at: [x + dx * resolution, y - dy * resolution], radius });
      if (dx !== 0 || dy !== 0) symbols.push({ at: anchor, radius });
    }
    return symbols;
  }

  /** The single claims drawn in view now (empty while the layer is hidden), in the tiles' order. */
  drawn(): ClaimSummary[] {
    return this.inView().claims.map((c) => c.summary);
  }

  /** How many claims are drawn in view, alone or counted in a cluster badge. */
  drawnCount(): number {
    const { claims, clusters } = this.inView();
    return clusters.reduce((sum, cluster) => sum + cluster.count, claims.length);
  }

  /** The claim's anchor (EPSG:3857), if the screen has met it lately. */
  anchorOf(id: string): Coordinate | null {
    return this.known.get(id)?.anchor ?? null;
  }

  get(id: string): ClaimSummary | null {
    return this.known.get(id)?.summary ?? null;
  }

  setSelected(id: string | null): void {
    if (id === this.selectedId) return;
    this.selectedId = id;
    this.highlight.show(this.hoveredId, this.selectedId);
  }

  setHovered(id: string | null): void {
    if (id === this.hoveredId) return;
    this.hoveredId = id;
    this.highlight.show(this.hoveredId, this.selectedId);
    for (const listener of this.hoverListeners) listener(id);
  }

  get hovered(): string | null {
    return this.hoveredId;
  }

  /** Called whenever the hovered claim changes (from the map or from the claim list). */
  onHover(listener: (id: string | null) => void): void {
    this.hoverListeners.push(listener);
  }

  private featureAt(map: OlMap, pixel: Pixel, accept: (feature: FeatureLike) => boolean): FeatureLike | null {
    if (!this.symbols.getVisible()) return null;
    const hit = map.forEachFeatureAtPixel(pixel, (feature) => (accept(feature) ? feature : undefined), {
      layerFilter: (layer) => layer === this.symbols || layer === this.highlight.layer,
      hitTolerance: 2,
    });
    return hit ?? null;
  }

  /** The claim whose symbol is under a map pixel, if any (topmost wins). */
  claimAtPixel(map: OlMap, pixel: Pixel): string | null {
    const feature = this.featureAt(map, pixel, (f) => f.get('claimId') !== undefined || tileClaim(f) !== null);
    if (!feature) return null;
    return (feature.get('claimId') as string | undefined) ?? tileClaim(feature)?.id ?? null;
  }

  /** The cluster badge under a map pixel, if any. */
  clusterAtPixel(map: OlMap, pixel: Pixel): TileCluster | null {
    const feature = this.featureAt(map, pixel, (f) => f.get('badge') !== undefined || tileCluster(f) !== null);
    if (!feature) return null;
    return (feature.get('badge') as TileCluster | undefined) ?? tileCluster(feature);
  }

  /** Highlights the cluster badge under the pointer (null: none). */
  setHoveredCluster(map: OlMap, pixel: Pixel | null): TileCluster | null {
    const found = pixel ? this.clusterAtPixel(map, pixel) : null;
    this.highlight.setBadge(found);
    return found;
  }

  /** The cluster badges whose centre is in view: client CSS pixel, radius (CSS px, halo included) and count. */
  clusterClientBadges(map: OlMap): ClientBadge[] {
    const size = map.getSize();
    const rect = map.getViewport()?.getBoundingClientRect();
    if (!size || !rect) return [];
    return this.inView().clusters.flatMap((cluster) => {
      const [x = NaN, y = NaN] = map.getPixelFromCoordinate(cluster.at) ?? [];
      const inside = x >= 0 && y >= 0 && x <= (size[0] ?? 0) && y <= (size[1] ?? 0);
      const radius = clusterRadius(cluster.count) + BADGE_HALO_PX;
      return inside ? [{ pixel: [rect.left + x, rect.top + y] as [number, number], radius, count: cluster.count }] : [];
    });
  }

  /** Client CSS pixel of the cluster badge in view that counts the most claims, or null when none is drawn. */
  clusterClientPixel(map: OlMap): [number, number] | null {
    const badges = this.clusterClientBadges(map);
    return badges.reduce<ClientBadge | null>((best, badge) => (!best || badge.count > best.count ? badge : best), null)?.pixel ?? null;
  }

  /** Client CSS pixel of the claim's drawn symbol (spread offset included), or null when it is not drawn on its own in view. */
  clientPixel(map: OlMap, id: string): [number, number] | null {
    // The layout follows each complete render; a pixel asked for right after a change needs it now.
    if (this.layOut()) map.renderSync();
    const drawnAlone = this.drawn().some((claim) => claim.id === id) || (id === this.selectedId && this.symbols.getVisible());
    const anchor = this.known.get(id)?.anchor;
    const size = map.getSize();
    if (!drawnAlone || !anchor || !size) return null;
    const pixel = map.getPixelFromCoordinate(anchor);
    if (!pixel) return null;
    const [dx, dy] = this.offsets.get(id) ?? NO_OFFSET;
    const x = (pixel[0] ?? NaN) + dx;
    const y = (pixel[1] ?? NaN) + dy;
    if (!(x >= 0 && y >= 0 && x <= (size[0] ?? 0) && y <= (size[1] ?? 0))) return null;
    const rect = map.getViewport()?.getBoundingClientRect();
    return rect ? [rect.left + x, rect.top + y] : null;
  }
}
