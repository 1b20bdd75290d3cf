import Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import Point from 'ol/geom/Point';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import type { CategoryLookup } from '../shared/categories';
import { badgeStyle, type TileCluster } from './claimTiles';
import type { KnownClaims } from './knownClaims';
import type { Offset } from './spread';
import { withAlpha } from './style';
import { claimSymbolStyle, type SymbolState } from './symbols';

/**
 * Drawn over the claim tiles: the hovered and the selected claim, each with its full geometry
 * (a region, a line) under a larger, ringed symbol, and the hovered cluster badge. The selected
 * claim is drawn even where the tiles show only clusters, so it never hides in a badge.
 * Geometries are fetched only when wanted: at once for the selected claim, for a hovered one once
 * the pointer rests on it, so sweeping across thousands of symbols asks for none of them.
 */

/** How long the pointer rests on a claim before its full geometry is fetched for the highlight. */
const HOVER_GEOMETRY_DELAY_MS = 80;

/** What the overlay needs of a whole claim (from `/api/claims/{id}`). */
export interface LoadedClaim {
  geometry: Geometry | null;
}

export class ClaimHighlight {
  readonly layer: VectorLayer<VectorSource<Feature>>;
  private loader: ((id: string) => Promise<LoadedClaim>) | null = null;
  private readonly geometries = new Map<string, Geometry | null>();
  private readonly loading = new Set<string>();
  private hoverTimer: number | undefined;
  private hoveredId: string | null = null;
  private selectedId: string | null = null;
  private badge: TileCluster | null = null;
  private readonly styles = new Map<string, Style[]>();

  constructor(
    private readonly known: KnownClaims,
    private readonly category: CategoryLookup,
    private readonly offsetOf: (id: string) => Offset,
    zIndex: number,
  ) {
    this.layer = new VectorLayer({ source: new VectorSource<Feature>(), zIndex, style: (feature) => this.style(feature) });
  }

  /** Where the whole claim comes from (fetched on demand). */
  setLoader(loader: (id: string) => Promise<LoadedClaim>): void {
    this.loader = loader;
  }

  /** The claim changed (a newer version): its geometry is fetched again when next wanted. */
  forget(id: string): void {
    this.geometries.delete(id);
  }

  setBadge(badge: TileCluster | null): void {
    this.badge = badge;
    this.redraw();
  }

  /** Highlights these claims (either may be null). */
  show(hoveredId: string | null, selectedId: string | null): void {
    this.hoveredId = hoveredId;
    this.selectedId = selectedId;
    for (const id of [selectedId, hoveredId]) if (id && !this.geometries.has(id)) this.load(id);
    this.redraw();
  }

  /** Redraws the overlay (the symbols' offsets or the known anchors may have changed). */
  redraw(): void {
    const source = this.layer.getSource();
    if (!source) return;
    source.clear(true);
    const features: Feature[] = [];
    if (this.badge) {
      const badge = new Feature<Point>({ geometry: new Point(this.badge.at) });
      badge.set('badge', this.badge);
      features.push(badge);
    }
    const ids = [this.hoveredId, this.selectedId].filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
    for (const id of ids) {
      const known = this.known.get(id);
      if (!known) continue;
      const geometry = this.geometries.get(id);
      if (geometry) features.push(new Feature({ geometry, highlightOf: id }));
      const symbol = new Feature<Point>({ geometry: new Point(known.anchor) });
      symbol.set('claimId', id);
      features.push(symbol);
    }
    source.addFeatures(features);
  }

  private load(id: string): void {
    if (!this.loader || this.loading.has(id)) return;
    if (id === this.selectedId) {
      this.fetch(id);
      return;
    }
    window.clearTimeout(this.hoverTimer);
    this.hoverTimer = window.setTimeout(() => {
      if (id === this.hoveredId && !this.geometries.has(id)) this.fetch(id);
    }, HOVER_GEOMETRY_DELAY_MS);
  }

  private fetch(id: string): void {
    if (!this.loader || this.loading.has(id)) return;
    this.loading.add(id);
    this.loader(id).then(
      (claim) => {
        this.loading.delete(id);
        this.geometries.set(id, claim.geometry);
        if (id === this.hoveredId || id === this.selectedId) this.redraw();
      },
      () => {
        this.loading.delete(id);
        this.geometries.set(id, null);
      },
    );
  }

  private style(feature: FeatureLike): Style[] | undefined {
    const badge = feature.get('badge') as TileCluster | undefined;
    if (badge) return [badgeStyle(badge, this.category, 'hover')];
    const symbolOf = feature.get('claimId') as string | undefined;
    if (symbolOf) {
      const known = this.known.get(symbolOf);
      if (!known) return undefined;
      const state: SymbolState = symbolOf === this.selectedId ? 'selected' : 'hover';
      return claimSymbolStyle(this.category(known.summary.category), state, this.offsetOf(symbolOf));
    }
    const known = this.known.get(feature.get('highlightOf') as string);
    if (!known) return undefined;
    const { color } = this.category(known.summary.category);
    let styles = this.styles.get(color);
    if (!styles) {
      styles = highlightStyles(color);
      this.styles.set(color, styles);
    }
    return styles;
  }
}

/** A white casing under the geometry in the category's colour. */
function highlightStyles(color: string): Style[] {
  return [
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
}
