import type { FullClaim } from '../api/fullClaims';
import type { PendingWork } from '../api/work';
import type { PlaceTool } from '../map/placeTool';
import type { CategoryLookup } from '../shared/categories';
import { el, replaceChildren } from '../shared/dom';
import type { RegionSummary, StyleDefinition } from '../types';
import type { DraftValues } from './claimDraft';
import type { EditorControls } from './editorControls';
import { describePlacement, singleRegion } from './placementText';
import type { QuotePicker } from './quotePicker';
import type { SourceDialog } from './sourceDialog';

/**
 * One open claim editor: its options, controls and the values being edited (the model), and
 * how the values are shown in the controls. The editor's other modules (claimEditor.ts,
 * editorSources.ts, editorSaving.ts) change the values and call these to show them.
 */

export interface ClaimEditorOptions {
  style: StyleDefinition;
  category: CategoryLookup;
  work: PendingWork;
  placeTool: PlaceTool;
  /** Regions a claim can reference (countries and provinces). */
  regions: RegionSummary[];
  areaName: (id: string) => string | null;
  sourceDialog: SourceDialog;
  /** The claim to edit; null for a new claim. */
  claim: FullClaim | null;
  /** For a new claim: values to start from (an accepted proposal); null for an empty form. */
  draft?: DraftValues | null;
  onSaved: (claim: FullClaim) => void;
  onClose: () => void;
}

export interface EditorState {
  values: DraftValues;
  /** The stored claim the edit started from (null for a new claim), and the version it is saved over. */
  base: FullClaim | null;
  etag: string | null;
  /** The chosen source's text, once loaded. */
  sourceText: string | null;
  saving: boolean;
  /** Whether the researcher chose a geo-precision (else placing suggests one). */
  precisionTouched: boolean;
}

export interface EditorRun {
  options: ClaimEditorOptions;
  controls: EditorControls;
  picker: QuotePicker;
  state: EditorState;
}

export function showQuote({ controls, picker, state }: EditorRun): void {
  const { start, end, text } = state.values.quote;
  const located = start !== null && end !== null;
  controls.quoteOffsets.textContent = text ? (located ? `Code points ${start}–${end} of the source text.` : 'Not located in the source yet.') : '';
  picker.mark(text && located ? { text, start, end } : null);
}

export function showPlacement({ options, controls, state }: EditorRun): void {
  const placement = state.values.placement;
  options.placeTool.show(placement);
  const areas = state.values.areas.map((id) => `${options.areaName(id) ?? id} (${id})`).join(', ');
  controls.placementText.dataset['kind'] = placement ? (placement.kind === 'refs' ? 'refs' : placement.geometry.type) : '';
  replaceChildren(
    controls.placementText,
    placement ? describePlacement(placement, options.areaName) : el('span', { className: 'muted' }, 'Not placed yet: choose how above.'),
    placement && areas ? el('span', { className: 'muted' }, ` · in ${areas}`) : null,
  );
  controls.regionSelect.value = singleRegion(placement) ?? '';
}

/** Values → controls. */
export function fill(run: EditorRun): void {
  const { controls: c, state } = run;
  const v = state.values;
  c.sourceSelect.value = v.source;
  c.quoteInput.value = v.quote.text;
  c.placeInput.value = v.place;
  c.precisionSelect.value = v.geoPrecision;
  c.titleInput.value = v.title;
  c.categorySelect.value = v.category;
  c.actorsInput.value = v.actors;
  c.eventDate.value = v.eventDate;
  c.endDate.value = v.endDate;
  c.timePrecision.value = v.timePrecision;
  c.reportedDate.value = v.reportedDate;
  c.statusSelect.value = v.status;
  c.translationInput.value = v.translation;
  c.noteInput.value = v.note;
  c.credibilitySelect.value = v.credibility;
  showQuote(run);
  showPlacement(run);
}
