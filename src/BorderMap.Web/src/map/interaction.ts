import type OlMap from 'ol/Map';
import type { ClaimsLayer } from './claimsLayer';
import { type AreaLayers, areaAt, areaById } from './layers';
import type { SelectionStore } from '../state/selection';
import { areaProps } from './style';

/**
 * Pointer wiring: hovering a claim highlights it and its geometry (and its row in the claim
 * list); a click selects the claim under the cursor, zooms in on a cluster badge, else selects
 * the area under it, else clears the selection. Escape clears too. The selected area gets an
 * outline. While the claim editor places a claim, the map's clicks are its own.
 */
export function wireInteraction(
  map: OlMap,
  claims: ClaimsLayer,
  areas: AreaLayers,
  selection: SelectionStore,
  /** Whether another tool (placing a claim in the editor) owns the map's clicks now. */
  busy: () => boolean = () => false,
): void {
  const viewport = map.getViewport();
  if (!viewport) throw new Error('The map has no viewport: create it with a target first');

  map.on('pointermove', (event) => {
    if (event.dragging || busy()) return;
    const id = claims.claimAtPixel(map, event.pixel);
    claims.setHovered(id);
    const cluster = id ? claims.setHoveredCluster(map, null) : claims.setHoveredCluster(map, event.pixel);
    viewport.style.cursor = id || cluster ? 'pointer' : '';
    viewport.title = cluster ? `${cluster.count.toLocaleString('en-US')} claims here: click to zoom in` : '';
  });
  viewport.addEventListener('pointerleave', () => {
    claims.setHovered(null);
    claims.setHoveredCluster(map, null);
  });

  map.on('click', (event) => {
    if (busy()) return;
    const id = claims.claimAtPixel(map, event.pixel);
    if (id) {
      selection.set({ kind: 'claim', id });
      return;
    }
    const cluster = claims.clusterAtPixel(map, event.pixel);
    if (cluster) {
      // Zoom in around it, two steps at a time: from zoom 10 the tiles hold single claims.
      const view = map.getView();
      view.animate({ center: cluster.at, zoom: Math.min(view.getMaxZoom(), (view.getZoom() ?? 0) + 2), duration: 250 });
      return;
    }
    const area = areaAt(areas, event.coordinate);
    selection.set(area ? { kind: 'area', id: areaProps(area).id } : null);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !selection.get()) return;
    // Escape inside a dialog, menu or text field belongs to that control.
    const target = event.target as HTMLElement | null;
    if (target?.closest('dialog, input, select, textarea, [role="listbox"]')) return;
    selection.set(null);
  });

  const outline = () => {
    const current = selection.get();
    claims.setSelected(current?.kind === 'claim' ? current.id : null);
    areas.selection.clear();
    if (current?.kind === 'area') {
      const feature = areaById(areas, current.id);
      if (feature?.getGeometry()) areas.selection.addFeature(feature.clone());
    }
  };
  selection.subscribe(outline);
  outline();
}
