import Feature from 'ol/Feature';
import type { FeatureLike } from 'ol/Feature';
import type Geometry from 'ol/geom/Geometry';
import VectorLayer from 'ol/layer/Vector';
import VectorSource from 'ol/source/Vector';
import CircleStyle from 'ol/style/Circle';
import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import type { CategoryLookup } from '../shared/categories';
import type { ClaimRecords, ClaimRecord } from './claimRecords';
import { withAlpha } from './style';

/**
 * The full geometry (a region, a line) of the hovered and the selected claim, drawn under the
 * symbols. Geometries are fetched only when wanted: at once for the selected claim, for a
 * hovered one once the pointer rests on it, so sweeping across thousands of symbols asks for
 * none of them.
 */

/** How long the pointer rests on a claim before its full geometry is fetched for the highlight. */
const HOVER_GEOMETRY_DELAY_MS = 80;

export class ClaimHighlight {
  readonly layer: VectorLayer<VectorSource<Feature<Geometry>>>;
  private loader: ((id: string) => Promise<Geometry | null>) | null = null;
  private readonly loading = new Set<string>();
  private hoverTimer: number | undefined;
  private hoveredId: string | null = null;
  private selectedId: string | null = null;
  private readonly styles = new Map<string, Style[]>();

  constructor(
    private readonly records: ClaimRecords,
    private readonly category: CategoryLookup,
    /** Whether a claim is drawn now (only drawn claims are highlighted). */
    private readonly isDrawn: (id: string) => boolean,
    zIndex: number,
  ) {
    this.layer = new VectorLayer({
      source: new VectorSource<Feature<Geometry>>(),
      zIndex,
      style: (feature) => this.style(feature),
    });
  }

  /** Where the full geometry comes from (fetched on demand). */
  setLoader(loader: (id: string) => Promise<Geometry | null>): void {
    this.loader = loader;
  }

  /** Highlights these claims (either may be null), and redraws after any change to them. */
  show(hoveredId: string | null, selectedId: string | null): void {
    this.hoveredId = hoveredId;
    this.selectedId = selectedId;
    const source = this.layer.getSource();
    if (!source) return;
    source.clear();
    const ids = [hoveredId, selectedId].filter((id, i, all): id is string => !!id && all.indexOf(id) === i);
    for (const id of ids) {
      const record = this.records.get(id);
      if (!record || !this.isDrawn(id)) continue;
      if (record.geometry === undefined) {
        this.load(id, record);
        continue;
      }
      if (!record.geometry) continue;
      const feature = new Feature<Geometry>({ geometry: record.geometry });
      feature.set('claimId', id);
      source.addFeature(feature);
    }
  }

  private isWanted(id: string): boolean {
    return id === this.hoveredId || id === this.selectedId;
  }

  private load(id: string, record: ClaimRecord): void {
    if (!this.loader || this.loading.has(id)) return;
    if (id === this.selectedId) {
      this.fetch(id, record);
      return;
    }
    window.clearTimeout(this.hoverTimer);
    this.hoverTimer = window.setTimeout(() => {
      if (id === this.hoveredId && this.records.get(id) === record && record.geometry === undefined) this.fetch(id, record);
    }, HOVER_GEOMETRY_DELAY_MS);
  }

  private fetch(id: string, record: ClaimRecord): void {
    if (!this.loader || this.loading.has(id)) return;
    this.loading.add(id);
    this.loader(id).then(
      (geometry) => {
        this.loading.delete(id);
        // Only if the record was not replaced (a newer version) meanwhile.
        if (this.records.get(id) !== record) return;
        record.geometry = geometry;
        if (this.isWanted(id)) this.show(this.hoveredId, this.selectedId);
      },
      () => {
        this.loading.delete(id);
        if (this.records.get(id) === record) record.geometry = null;
      },
    );
  }

  private style(feature: FeatureLike): Style[] | undefined {
    const record = this.records.get(feature.get('claimId') as string);
    if (!record) return undefined;
    const { color } = this.category(record.props.category);
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
