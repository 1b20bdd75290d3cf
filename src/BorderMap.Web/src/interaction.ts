import type OlMap from 'ol/Map';
import type { ClaimsLayer } from './claimsLayer';
import { type AreaLayers, areaAt } from './layers';
import type { SelectionStore } from './selection';

/**
 * Pointer wiring: hovering a claim highlights it and its geometry; a click selects the claim
 * under the cursor, else the area under it, else clears the selection. Escape clears too.
 */
export function wireInteraction(map: OlMap, claims: ClaimsLayer, areas: AreaLayers, selection: SelectionStore): void {
  const viewport = map.getViewport();
  if (!viewport) throw new Error('The map has no viewport: create it with a target first');

  map.on('pointermove', (event) => {
    if (event.dragging) return;
    const id = claims.claimAtPixel(map, event.pixel);
    claims.setHovered(id);
    viewport.style.cursor = id ? 'pointer' : '';
  });
  viewport.addEventListener('pointerleave', () => claims.setHovered(null));

  map.on('click', (event) => {
    const id = claims.claimAtPixel(map, event.pixel);
    if (id) {
      selection.set({ kind: 'claim', id });
      return;
    }
    const area = areaAt(areas, event.coordinate);
    selection.set(area ? { kind: 'area', feature: area } : null);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && selection.get()) selection.set(null);
  });

  selection.subscribe((current) => {
    claims.setSelected(current?.kind === 'claim' ? current.id : null);
    areas.selection.clear();
    if (current?.kind === 'area') {
      const geometry = current.feature.getGeometry();
      if (geometry) areas.selection.addFeature(current.feature.clone());
    }
  });
}
