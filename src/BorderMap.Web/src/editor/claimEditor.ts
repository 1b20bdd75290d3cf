import type { GeoJsonGeometry, Placement } from '../map/placeTool';
import { el } from '../shared/dom';
import { type DraftValues, EMPTY_DRAFT, suggestedPrecision, valuesOf } from './claimDraft';
import { createEditorControls, layoutForm } from './editorControls';
import { submit } from './editorSaving';
import { wireSources } from './editorSources';
import { type ClaimEditorOptions, type EditorRun, type EditorState, fill, showPlacement, showQuote } from './editorView';
import { attachPlaceSuggestions } from './placeSuggestions';
import { createQuotePicker, findQuote, type PickedQuote } from './quotePicker';

/**
 * The researchers' claim editor, in the right panel: choose or register a source, select the
 * quote in its text, place the claim on the map (a point, a line, an area, or a region), fill
 * in the rest and save (`POST /api/claims`, or `PUT` with `If-Match` for an edit). The server
 * validates; its field errors show beside the fields. An edit that lost a race (412) shows what
 * the other change did and lets the researcher overwrite it or start again from it.
 */

export interface ClaimEditor {
  element: HTMLElement;
  /** Ends map placing and removes the draft from the map. */
  dispose(): void;
}

const END_BEFORE_START = 'The end date is before the event date.';

function initialValues(options: ClaimEditorOptions): DraftValues {
  const { claim, draft } = options;
  if (claim) return valuesOf(claim.props, claim.feature.geometry as GeoJsonGeometry | null);
  if (draft) return { ...draft, quote: { ...draft.quote }, areas: [...draft.areas] };
  return { ...EMPTY_DRAFT, quote: { ...EMPTY_DRAFT.quote } };
}

function numbersLine(numbers: Record<string, number> | undefined): HTMLElement | null {
  const entries = Object.entries(numbers ?? {});
  if (!entries.length) return null;
  return el('p', { className: 'hint', testId: 'editor-numbers' }, `Stated numbers: ${entries.map(([key, n]) => `${key} ${n}`).join(', ')}`);
}

function setQuote(run: EditorRun, quote: PickedQuote | null, fromSelection: boolean): void {
  const { state, controls } = run;
  state.values.quote = quote ? { ...quote } : { text: controls.quoteInput.value, start: null, end: null };
  if (fromSelection && quote) controls.quoteInput.value = quote.text;
  controls.errors['quote'].textContent = '';
  showQuote(run);
}

/** A typed quote is located in the source text as it is typed. */
function quoteTyped(run: EditorRun): void {
  const typed = run.controls.quoteInput.value;
  const sourceText = run.state.sourceText;
  if (!sourceText || !typed) {
    setQuote(run, null, false);
    return;
  }
  const found = findQuote(sourceText, typed);
  if (!('occurrences' in found)) {
    setQuote(run, found, false);
    return;
  }
  setQuote(run, null, false);
  run.controls.errors['quote'].textContent =
    found.occurrences === 0 ? 'Not found verbatim in the source text.' : `Occurs ${found.occurrences} times in the source: select the one you mean in the text.`;
}

function placed(run: EditorRun, placement: Placement): void {
  const { state, controls, options } = run;
  state.values.placement = placement;
  state.values.areas = options.placeTool.areasOf(placement);
  if (!state.precisionTouched) {
    state.values.geoPrecision = String(suggestedPrecision(placement, (id) => options.regions.some((r) => r.id === id && r.kind === 'country')));
    controls.precisionSelect.value = state.values.geoPrecision;
  }
  if (!controls.placeInput.value.trim() && placement.kind === 'refs' && state.values.areas[0]) {
    controls.placeInput.value = options.areaName(state.values.areas[0]) ?? '';
    state.values.place = controls.placeInput.value;
  }
  controls.errors['geometry'].textContent = '';
  showPlacement(run);
}

/** The Point, Line, Area and Region buttons and the region list; returns how to stop following the placing tool. */
function wirePlacing(run: EditorRun): () => void {
  const { controls, options } = run;
  const tool = options.placeTool;
  for (const { mode, button } of controls.placeButtons) {
    button.addEventListener('click', () => (tool.mode.get() === mode ? tool.stop() : tool.start(mode, (placement) => placed(run, placement))));
  }
  controls.regionSelect.addEventListener('change', () => {
    if (!controls.regionSelect.value) return;
    tool.stop();
    placed(run, { kind: 'refs', refs: [`region:${controls.regionSelect.value}`] });
  });
  return tool.mode.subscribe((mode) => {
    for (const { mode: m, button, help } of controls.placeButtons) {
      button.setAttribute('aria-pressed', String(m === mode));
      if (m === mode) controls.placeHelp.textContent = `${help} (Esc cancels).`;
    }
    if (!mode) controls.placeHelp.textContent = '';
  });
}

/** Checks that need no server: an end date before the start. */
function checkDates(run: EditorRun): void {
  const { values } = run.state;
  const end = run.controls.errors['endDate'];
  if (values.endDate && values.eventDate && values.endDate < values.eventDate) end.textContent = END_BEFORE_START;
  else if (end.textContent === END_BEFORE_START) end.textContent = '';
}

/** Controls → values, for the plain fields. */
function bindFields(run: EditorRun): void {
  const c = run.controls;
  const bind = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, key: Exclude<keyof DraftValues, 'quote' | 'placement' | 'areas' | 'numbers'>, event = 'input') =>
    control.addEventListener(event, () => {
      run.state.values[key] = control.value;
      const slot = c.errors[key];
      if (slot) slot.textContent = '';
      checkDates(run);
    });
  const typed = [[c.placeInput, 'place'], [c.titleInput, 'title'], [c.actorsInput, 'actors'], [c.eventDate, 'eventDate'], [c.endDate, 'endDate'], [c.reportedDate, 'reportedDate'], [c.translationInput, 'translation'], [c.noteInput, 'note']] as const;
  const chosen = [[c.precisionSelect, 'geoPrecision'], [c.categorySelect, 'category'], [c.timePrecision, 'timePrecision'], [c.statusSelect, 'status'], [c.credibilitySelect, 'credibility']] as const;
  for (const [control, key] of typed) bind(control, key);
  for (const [control, key] of chosen) bind(control, key, 'change');
  c.precisionSelect.addEventListener('change', () => (run.state.precisionTouched = true));
  c.quoteInput.addEventListener('input', () => quoteTyped(run));
}

export function createClaimEditor(options: ClaimEditorOptions): ClaimEditor {
  const editing = options.claim;
  const draft = editing ? null : (options.draft ?? null);
  const values = initialValues(options);
  const state: EditorState = { values, base: editing, etag: editing?.etag ?? null, sourceText: null, saving: false, precisionTouched: values.geoPrecision !== '' };
  const controls = createEditorControls(options.style, options.regions, options.areaName, !!editing);
  const run: EditorRun = { options, controls, state, picker: createQuotePicker((quote) => setQuote(run, quote, true)) };
  const form = layoutForm(controls, {
    mode: editing ? 'edit' : 'create',
    eyebrow: editing ? `Editing version ${editing.props.version ?? '?'}` : draft ? 'New claim from a proposal' : 'New claim',
    heading: editing ? editing.props.title : 'Add a claim',
    numbers: numbersLine(values.numbers),
    picker: run.picker.element,
    placeSuggestions: attachPlaceSuggestions(controls.placeInput, (id) => options.regions.some((r) => r.id === id), (placement) => placed(run, placement)),
  });
  const stopFollowingMode = wirePlacing(run);
  bindFields(run);
  wireSources(run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit(run);
  });
  controls.cancel.addEventListener('click', () => options.onClose());
  fill(run);
  return {
    element: form,
    dispose() {
      stopFollowingMode();
      options.placeTool.stop();
      options.placeTool.show(null);
      run.picker.dispose();
    },
  };
}
