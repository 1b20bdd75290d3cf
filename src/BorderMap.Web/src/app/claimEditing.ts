import type { FullClaim } from '../api/fullClaims';
import type { DraftValues } from '../editor/claimDraft';
import { createClaimEditor } from '../editor/claimEditor';
import { createSourceDialog } from '../editor/sourceDialog';
import { createPlaceTool, type PlaceTool } from '../map/placeTool';
import type { ClaimData } from './claimData';
import type { Workbench } from './workbench';

/**
 * The claim editor with its place tool and source dialog: loaded on first use (app/editing.ts),
 * since a first view shows none of them. It replaces the right panel until saved or cancelled.
 */

/** What the editor needs from the workbench around it. */
export interface EditorHost {
  bench: Workbench;
  data: ClaimData;
  /** Shows the editor in the right panel instead of the selection; returns how to give the panel back. */
  hold: (element: HTMLElement) => () => void;
  addClaimButton: HTMLButtonElement;
  onOpen: () => void;
}

export interface EditorOpener {
  /** Whether the place tool takes the map's clicks now (the selection's click handler steps aside). */
  placing(): boolean;
  /** Opens the editor for a claim (null: a new one, from `draft` if given); returns how to close it. */
  open(claim: FullClaim | null, draft: DraftValues | null, close: () => void): () => void;
}

interface EditorContext extends EditorHost {
  placeTool: PlaceTool;
  sourceDialog: ReturnType<typeof createSourceDialog>;
}

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

/** The place tool (its map clicks wired after the selection's) and the source dialog, made once for every editor after. */
export function createEditorOpener(host: EditorHost): EditorOpener {
  const { bench } = host;
  const placeTool = createPlaceTool(bench.map, bench.areas, (id) => bench.regionIds.has(id));
  const context: EditorContext = { ...host, placeTool, sourceDialog: createSourceDialog(bench.work) };
  return {
    placing: () => placeTool.mode.get() != null,
    open: (claim, draft, close) => openEditor(context, claim, draft, close),
  };
}
