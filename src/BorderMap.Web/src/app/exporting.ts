import { viewExtentLonLat } from '../map/map';
import { showError } from '../panels/errorBanner';
import { byId } from '../shared/dom';
import { onFirstUse, whenLoaded } from '../shared/firstUse';
import { describeFilters } from '../state/filters';
import { hiddenLayerIds } from '../state/permalink';
import type { Workbench } from './workbench';

const DEFAULT_TITLE = 'Tajikistan – Afghanistan border';

/** The Export dialog, started from what is on screen: the view, the selection, the filters, the hidden layers. */
async function createDialog(bench: Workbench): Promise<{ open: () => void }> {
  const { map, selection, filters, claims } = bench;
  const { createExportDialog } = await import('../panels/exportDialog');
  return createExportDialog({
    work: bench.work,
    defaultTitle: (regionScope) => {
      const current = selection.get();
      return regionScope && current?.kind === 'area' ? `${bench.areaName(current.id) ?? current.id}: claims` : DEFAULT_TITLE;
    },
    context: () => {
      const current = selection.get();
      const size = map.getSize() ?? [4, 3];
      const region = current?.kind === 'area' && bench.regionIds.has(current.id) ? current.id : null;
      const claimId = current?.kind === 'claim' ? current.id : null;
      const hiddenIds = hiddenLayerIds(bench.switchable);
      return {
        bbox: viewExtentLonLat(map),
        region,
        regionName: region ? bench.areaName(region) : null,
        filters: filters.get(),
        selectedClaim: claimId,
        claimTitle: claimId ? (claims.get(claimId)?.title ?? claimId) : null,
        filterSummary: describeFilters(filters.get(), (id) => bench.category(id).label),
        hiddenLayers: hiddenIds.map((id) => bench.layerInfos.find((i) => i.id === id)?.title ?? 'Claims'),
        hiddenLayerIds: hiddenIds,
        viewAspect: (size[0] ?? 4) / Math.max(1, size[1] ?? 3),
      };
    },
  });
}

/** The Export button; the dialog's code (its form, preview and sequences) loads on the first click, the button busy meanwhile. */
export function wireExport(bench: Workbench): HTMLButtonElement {
  const exportButton = byId<HTMLButtonElement>('export-button');
  const dialog = onFirstUse(() => createDialog(bench));
  exportButton.addEventListener('click', () => {
    void bench.work.track(whenLoaded(exportButton, dialog(), (loaded) => loaded.open(), (error) => showError('Could not load the export dialog.', error)));
  });
  return exportButton;
}
