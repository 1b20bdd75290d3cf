import type { FullClaim } from '../api/fullClaims';
import type { DraftValues } from '../editor/claimDraft';
import { wireInteraction } from '../map/interaction';
import { wireMapKeyboard } from '../map/mapKeyboard';
import { createDetails } from '../panels/details';
import { showError } from '../panels/errorBanner';
import { areaById } from '../map/layers';
import { byId } from '../shared/dom';
import { onFirstUse, whenLoaded } from '../shared/firstUse';
import type { ClaimData } from './claimData';
import type { EditorOpener } from './claimEditing';
import { type Workbench, zoomToArea } from './workbench';

/**
 * The right panel (the selected claim or area) and the claim editor, which replaces it until it
 * is saved or cancelled; the map's clicks select, or place a claim while the editor places one.
 * The editor's code loads when it is first opened (Add claim, Edit, a proposal accepted), the
 * Add claim button busy meanwhile.
 */
export function wireEditing(bench: Workbench, data: ClaimData, onEditorOpen: () => void): void {
  const { claims, selection } = bench;
  const addClaimButton = byId<HTMLButtonElement>('add-claim-button');
  let opener: EditorOpener | null = null;
  let closeEditor: (() => void) | null = null;
  const close = () => {
    const closing = closeEditor;
    closeEditor = null;
    closing?.();
  };
  const details = createDetails({
    root: byId('details'),
    style: bench.style,
    category: bench.category,
    claims,
    fullClaims: bench.fullClaims,
    selection,
    filters: bench.filters,
    work: bench.work,
    areaName: bench.areaName,
    countryName: bench.countryName,
    area: (id) => areaById(bench.areas, id),
    isRegion: (id) => bench.regionIds.has(id),
    zoomToArea: (id) => zoomToArea(bench, id),
    canEdit: bench.canEdit,
    onEdit: (claim) => open(claim),
    onPropose: (values) => open(null, values),
    onDeleted: (id) => {
      claims.forget(id);
      selection.set(null);
      void data.refresh();
    },
  });
  const editorCode = onFirstUse(async () => {
    const { createEditorOpener } = await import('./claimEditing');
    return createEditorOpener({ bench, data, hold: (element) => details.hold(element), addClaimButton, onOpen: onEditorOpen });
  });
  const open = (claim: FullClaim | null, draft: DraftValues | null = null) => {
    const opened = (loaded: EditorOpener) => {
      opener = loaded;
      close();
      closeEditor = loaded.open(claim, draft, close);
    };
    void bench.work.track(whenLoaded(addClaimButton, editorCode(), opened, (error) => showError('Could not load the claim editor.', error)));
  };
  // The editor's place tool takes the map's clicks while it is active (its handler is wired after
  // the selection's click handler, which checks first and steps aside).
  wireInteraction(bench.map, claims, bench.areas, selection, () => opener?.placing() ?? false);
  wireMapKeyboard(bench.map, claims, selection, bench.category);
  addClaimButton.addEventListener('click', () => open(null));
}
