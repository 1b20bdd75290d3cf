import type { FullClaim } from '../api/fullClaims';
import type { DraftValues } from '../editor/claimDraft';
import { createClaimEditor } from '../editor/claimEditor';
import { createSourceDialog } from '../editor/sourceDialog';
import { wireInteraction } from '../map/interaction';
import { wireMapKeyboard } from '../map/mapKeyboard';
import { createPlaceTool, type PlaceTool } from '../map/placeTool';
import { createDetails } from '../panels/details';
import { areaById } from '../map/layers';
import { byId } from '../shared/dom';
import type { ClaimData } from './claimData';
import { type Workbench, zoomToArea } from './workbench';

/**
 * The right panel (the selected claim or area) and the claim editor, which replaces it until it
 * is saved or cancelled; the map's clicks select, or place a claim while the editor places one.
 */

interface EditorContext {
  bench: Workbench;
  placeTool: PlaceTool;
  sourceDialog: ReturnType<typeof createSourceDialog>;
  hold: (element: HTMLElement) => () => void;
  data: ClaimData;
  addClaimButton: HTMLButtonElement;
  onOpen: () => void;
}

/** Opens the editor for a claim (null: a new one, from `draft` if given); returns how to close it. */
function openEditor(context: EditorContext, claim: FullClaim | null, draft: DraftValues | null, close: () => void): () => void {
  const { bench } = context;
  const editor = createClaimEditor({
    style: bench.style,
    category: bench.category,
    work: bench.work,
    placeTool: context.placeTool,
    regions: bench.regions,
    areaName: bench.areaName,
    sourceDialog: context.sourceDialog,
    claim,
    draft,
    onSaved: (saved) => {
      bench.fullClaims.put(saved);
      bench.claims.forget(saved.props.id);
      close();
      // The panel shows the save's own answer at once; the counts, tiles and list follow when they answer. Selected only
      // after them, a new claim's panel waited for the counts, however long a busy server took to count.
      bench.selection.set({ kind: 'claim', id: saved.props.id });
      void context.data.refresh();
    },
    onClose: close,
  });
  const release = context.hold(editor.element);
  context.addClaimButton.disabled = true;
  context.onOpen();
  return () => {
    editor.dispose();
    release();
    context.addClaimButton.disabled = false;
  };
}

export function wireEditing(bench: Workbench, data: ClaimData, onEditorOpen: () => void): void {
  const { claims, selection } = bench;
  let closeEditor: (() => void) | null = null;
  const close = () => {
    const closing = closeEditor;
    closeEditor = null;
    closing?.();
  };
  const open = (claim: FullClaim | null, draft: DraftValues | null = null) => {
    close();
    closeEditor = openEditor(context, claim, draft, close);
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
  // The editor's placing tool takes the map's clicks while it is active (wired after the
  // selection's click handler, which checks first and steps aside).
  let placeTool: PlaceTool | null = null;
  wireInteraction(bench.map, claims, bench.areas, selection, () => placeTool?.mode.get() != null);
  wireMapKeyboard(bench.map, claims, selection, bench.category);
  placeTool = createPlaceTool(bench.map, bench.areas, (id) => bench.regionIds.has(id));
  const addClaimButton = byId<HTMLButtonElement>('add-claim-button');
  const context: EditorContext = { bench, placeTool, sourceDialog: createSourceDialog(bench.work), hold: (element) => details.hold(element), data, addClaimButton, onOpen: onEditorOpen };
  addClaimButton.addEventListener('click', () => open(null));
}
