import { api, ApiError, cachedSource } from '../api/api';
import type { CategoryLookup } from '../shared/categories';
import { type DraftValues, EDITOR_FIELDS, EMPTY_DRAFT, errorField, featureOf, suggestedPrecision, valuesOf } from './claimDraft';
import { codePointIndex } from './codePoints';
import { el, replaceChildren } from '../shared/dom';
import { attachPlaceSuggestions } from './placeSuggestions';
import { clearFieldErrors, type FieldErrors, showFieldErrors } from './fieldErrors';
import { type FullClaim, readFullClaim } from '../api/fullClaims';
import { changedFields } from '../panels/historyView';
import type { GeoJsonGeometry, Placement, PlaceMode, PlaceTool } from '../map/placeTool';
import { createQuotePicker, findQuote, type PickedQuote } from './quotePicker';
import type { SourceDialog } from './sourceDialog';
import type { ClaimProperties, GeoJsonFeature, RegionSummary, SourceDocument, SourceSummary, StyleDefinition } from '../types';
import type { PendingWork } from '../api/work';

/**
 * The researchers' claim editor, in the right panel: choose or register a source, select the
 * quote in its text, place the claim on the map (a point, a line, an area, or a region), fill
 * in the rest and save (`POST /api/claims`, or `PUT` with `If-Match` for an edit). The server
 * validates; its field errors show beside the fields. An edit that lost a race (412) shows what
 * the other change did and lets the researcher overwrite it or start again from it.
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

export interface ClaimEditor {
  element: HTMLElement;
  /** Ends map placing and removes the draft from the map. */
  dispose(): void;
}

const TIME_PRECISIONS = ['day', 'week', 'month', 'year'];
const STATUSES = ['reported', 'corroborated', 'disputed'];
const PLACE_BUTTONS: Array<[PlaceMode, string, string]> = [
  ['point', 'Point', 'Click the map where it happened'],
  ['line', 'Line', 'Click along the line; double-click the last point'],
  ['polygon', 'Area', 'Click around the area; click the first point to close it'],
  ['region', 'Region', 'Click a province or country on the map'],
];

function options(values: Array<[string, string]>, blank?: string): HTMLOptionElement[] {
  return [
    ...(blank !== undefined ? [el('option', { attrs: { value: '' } }, blank)] : []),
    ...values.map(([value, label]) => el('option', { attrs: { value } }, label)),
  ];
}

function labelled(label: string, control: HTMLElement, error: HTMLElement | undefined, hint?: HTMLElement | null): HTMLElement {
  return el('label', { className: 'field' }, el('span', { className: 'field-label' }, label), control, hint ?? null, error ?? null);
}

function describeCoordinate([lon = 0, lat = 0]: number[]): string {
  return `${Math.abs(lat).toFixed(5)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(5)}° ${lon >= 0 ? 'E' : 'W'}`;
}

function countVertices(coordinates: unknown): number {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return 1;
  return Array.isArray(coordinates) ? coordinates.reduce((n: number, part) => n + countVertices(part), 0) : 0;
}

function numbersLine(numbers: Record<string, number> | undefined): HTMLElement | null {
  const entries = Object.entries(numbers ?? {});
  if (!entries.length) return null;
  return el('p', { className: 'hint', testId: 'editor-numbers' }, `Stated numbers: ${entries.map(([key, n]) => `${key} ${n}`).join(', ')}`);
}

export function createClaimEditor(options_: ClaimEditorOptions): ClaimEditor {
  const { style, placeTool, work } = options_;
  const editing = options_.claim;
  let base: FullClaim | null = editing;
  let etag = editing?.etag ?? null;
  const draft = editing ? null : (options_.draft ?? null);
  let values: DraftValues = editing
    ? valuesOf(editing.props, editing.feature.geometry as GeoJsonGeometry | null)
    : draft
      ? { ...draft, quote: { ...draft.quote }, areas: [...draft.areas] }
      : { ...EMPTY_DRAFT, quote: { ...EMPTY_DRAFT.quote } };
  let sourceText: string | null = null;
  let saving = false;
  /** Whether the researcher chose a geo-precision (else placing suggests one). */
  let precisionTouched = values.geoPrecision !== '';

  const errors: FieldErrors = Object.fromEntries(
    EDITOR_FIELDS.map((name) => [name, el('span', { className: 'field-error', testId: `editor-error-${name}`, attrs: { 'aria-live': 'polite' } })]),
  );
  const general = el('p', { className: 'warning editor-message', testId: 'editor-errors', attrs: { role: 'alert' } });
  const conflictBox = el('div', { className: 'conflict', testId: 'editor-conflict' });
  conflictBox.hidden = true;

  // Source and quote.
  const sourceSelect = el('select', { testId: 'editor-source' }, el('option', { attrs: { value: '' } }, 'Loading sources…'));
  const registerButton = el('button', { className: 'button button-quiet', testId: 'editor-register-source', attrs: { type: 'button' } }, 'Register a source…');
  const picker = createQuotePicker((quote) => setQuote(quote, true));
  const quoteInput = el('textarea', { testId: 'editor-quote', attrs: { rows: '3', spellcheck: 'false', placeholder: 'Select the quote in the source text, or type it exactly as written' } });
  const quoteOffsets = el('span', { className: 'hint', testId: 'editor-quote-offsets' });

  // Place.
  const placeButtons = PLACE_BUTTONS.map(([mode, label, help]) => {
    const button = el('button', { className: 'button button-quiet place-button', testId: `place-${mode}`, attrs: { type: 'button', 'aria-pressed': 'false', title: help } }, label);
    button.addEventListener('click', () => (placeTool.mode.get() === mode ? placeTool.stop() : placeTool.start(mode, placed)));
    return { mode, button, help };
  });
  const placeHelp = el('span', { className: 'hint place-help', attrs: { 'aria-live': 'polite' } });
  const regionSelect = el(
    'select',
    { testId: 'editor-region', attrs: { 'aria-label': 'Region the claim refers to' } },
    ...options(
      [...options_.regions]
        .sort((a, b) => Number(a.kind === 'province') - Number(b.kind === 'province') || a.name.localeCompare(b.name))
        .map((r) => [r.id, `${r.name}${r.kind === 'province' ? ` (${options_.areaName(r.country) ?? r.country})` : ''}`]),
      'or choose a region…',
    ),
  );
  const placementText = el('p', { className: 'placement', testId: 'editor-placement' });
  const placeInput = el('input', { testId: 'editor-place', attrs: { type: 'text', maxlength: '200', placeholder: 'the name as the source writes it' } });
  const placeSuggestions = attachPlaceSuggestions(placeInput, (id) => options_.regions.some((r) => r.id === id), (placement) => placed(placement));
  const precisionSelect = el(
    'select',
    { testId: 'editor-geo-precision' },
    ...options(Object.entries(style.geoPrecision).map(([n, label]) => [n, `${n} ${label}`]), 'Choose…'),
  );

  // Everything else.
  const titleInput = el('input', { testId: 'editor-title', attrs: { type: 'text', maxlength: '300', placeholder: 'one line, in English' } });
  const categorySelect = el('select', { testId: 'editor-category' }, ...options(style.categories.map((c) => [c.id, c.label]), 'Choose…'));
  const actorsInput = el('input', { testId: 'editor-actors', attrs: { type: 'text', placeholder: 'comma-separated, e.g. Taliban, Afghan National Army' } });
  const eventDate = el('input', { testId: 'editor-event-date', attrs: { type: 'date' } });
  const endDate = el('input', { testId: 'editor-end-date', attrs: { type: 'date' } });
  const timePrecision = el('select', { testId: 'editor-time-precision' }, ...options(TIME_PRECISIONS.map((p) => [p, p])));
  const reportedDate = el('input', { testId: 'editor-reported-date', attrs: { type: 'date' } });
  const statusSelect = el('select', { testId: 'editor-status' }, ...options(STATUSES.map((s) => [s, s])));
  const translationInput = el('textarea', { testId: 'editor-translation', attrs: { rows: '3', lang: 'en', placeholder: 'the quote in English' } });
  const noteInput = el('textarea', { testId: 'editor-note', attrs: { rows: '2' } });

  const save = el('button', { className: 'button', testId: 'editor-save', attrs: { type: 'submit' } }, editing ? 'Save changes' : 'Save claim');
  const cancel = el('button', { className: 'button button-quiet', testId: 'editor-cancel', attrs: { type: 'button' } }, 'Cancel');
  const statusText = el('span', { className: 'hint', testId: 'editor-status-text', attrs: { 'aria-live': 'polite' } });

  const form = el(
    'form',
    { className: 'card editor', testId: 'claim-editor', attrs: { 'data-mode': editing ? 'edit' : 'create', 'aria-label': editing ? 'Edit claim' : 'New claim', novalidate: '' } },
    el('div', { className: 'eyebrow' }, editing ? `Editing version ${editing.props.version ?? '?'}` : draft ? 'New claim from a proposal' : 'New claim'),
    el('h2', null, editing ? editing.props.title : 'Add a claim'),
    numbersLine(values.numbers),
    conflictBox,
    general,
    el(
      'fieldset',
      { className: 'editor-group' },
      el('legend', null, '1 · Source and quote'),
      el('div', { className: 'field-inline' }, sourceSelect, registerButton),
      errors['source'] ?? null,
      picker.element,
      labelled('Quote', quoteInput, errors['quote'], quoteOffsets),
    ),
    el(
      'fieldset',
      { className: 'editor-group' },
      el('legend', null, '2 · Where'),
      el('div', { className: 'place-buttons', attrs: { role: 'group', 'aria-label': 'Place the claim' } }, ...placeButtons.map((b) => b.button)),
      placeHelp,
      regionSelect,
      placementText,
      errors['geometry'] ?? null,
      el('div', { className: 'field-row two' }, labelled('Place name', placeInput, errors['place'], placeSuggestions), labelled('Geo-precision', precisionSelect, errors['geoPrecision'])),
    ),
    el(
      'fieldset',
      { className: 'editor-group' },
      el('legend', null, '3 · What and when'),
      labelled('Title', titleInput, errors['title']),
      el('div', { className: 'field-row two' }, labelled('Category', categorySelect, errors['category']), labelled('Status', statusSelect, errors['status'])),
      labelled('Actors', actorsInput, errors['actors']),
      el('div', { className: 'field-row' }, labelled('Event date', eventDate, errors['eventDate']), labelled('End date', endDate, errors['endDate']), labelled('Precision', timePrecision, errors['timePrecision'])),
      labelled('Reported', reportedDate, errors['reportedDate']),
      labelled('Translation (English)', translationInput, errors['translation']),
      labelled('Note', noteInput, errors['note']),
    ),
    el('div', { className: 'actions editor-actions' }, save, cancel, statusText),
  );

  // ---- Values → controls ----
  function fill(): void {
    sourceSelect.value = values.source;
    quoteInput.value = values.quote.text;
    placeInput.value = values.place;
    precisionSelect.value = values.geoPrecision;
    titleInput.value = values.title;
    categorySelect.value = values.category;
    actorsInput.value = values.actors;
    eventDate.value = values.eventDate;
    endDate.value = values.endDate;
    timePrecision.value = values.timePrecision;
    reportedDate.value = values.reportedDate;
    statusSelect.value = values.status;
    translationInput.value = values.translation;
    noteInput.value = values.note;
    showQuote();
    showPlacement();
  }

  function showQuote(): void {
    const { start, end, text } = values.quote;
    quoteOffsets.textContent = text
      ? start !== null && end !== null
        ? `Code points ${start}–${end} of the source text.`
        : 'Not located in the source yet.'
      : '';
    picker.mark(text && start !== null && end !== null ? { text, start, end } : null);
  }

  function describePlacement(placement: Placement): string {
    if (placement.kind === 'refs') {
      return placement.refs
        .map((ref) => {
          const region = /^region:(.+)$/.exec(ref)?.[1];
          const border = /^border:([^/]+)\/(.+)$/.exec(ref);
          if (region) return `Region: ${options_.areaName(region) ?? region} (${region})`;
          if (border?.[1] && border[2]) return `Border: ${options_.areaName(border[1]) ?? border[1]} / ${options_.areaName(border[2]) ?? border[2]}`;
          return ref;
        })
        .join('; ');
    }
    const { type, coordinates } = placement.geometry;
    if (type === 'Point') return `Point at ${describeCoordinate(coordinates as number[])}`;
    if (type === 'LineString') return `Line through ${countVertices(coordinates)} points`;
    if (type === 'Polygon') return `Area with ${countVertices(coordinates) - 1} corners`;
    return `${type} with ${countVertices(coordinates)} points`;
  }

  function showPlacement(): void {
    const placement = values.placement;
    placeTool.show(placement);
    const areas = values.areas.map((id) => `${options_.areaName(id) ?? id} (${id})`).join(', ');
    placementText.dataset['kind'] = placement ? (placement.kind === 'refs' ? 'refs' : placement.geometry.type) : '';
    replaceChildren(
      placementText,
      placement ? describePlacement(placement) : el('span', { className: 'muted' }, 'Not placed yet: choose how above.'),
      placement && areas ? el('span', { className: 'muted' }, ` · in ${areas}`) : null,
    );
    const region = placement?.kind === 'refs' && placement.refs.length === 1 ? /^region:(.+)$/.exec(placement.refs[0] ?? '')?.[1] : undefined;
    regionSelect.value = region ?? '';
  }

  // ---- Controls → values ----
  function setQuote(quote: PickedQuote | null, fromSelection: boolean): void {
    values.quote = quote ? { ...quote } : { text: quoteInput.value, start: null, end: null };
    if (fromSelection && quote) quoteInput.value = quote.text;
    (errors['quote']).textContent = '';
    showQuote();
  }

  quoteInput.addEventListener('input', () => {
    const typed = quoteInput.value;
    if (!sourceText || !typed) {
      setQuote(null, false);
      return;
    }
    const found = findQuote(sourceText, typed);
    if ('occurrences' in found) {
      setQuote(null, false);
      (errors['quote']).textContent =
        found.occurrences === 0 ? 'Not found verbatim in the source text.' : `Occurs ${found.occurrences} times in the source: select the one you mean in the text.`;
    } else {
      setQuote(found, false);
    }
  });

  function placed(placement: Placement): void {
    values.placement = placement;
    values.areas = placeTool.areasOf(placement);
    const suggestion = suggestedPrecision(placement, (id) => options_.regions.some((r) => r.id === id && r.kind === 'country'));
    if (!precisionTouched) {
      values.geoPrecision = String(suggestion);
      precisionSelect.value = values.geoPrecision;
    }
    if (!placeInput.value.trim() && placement.kind === 'refs' && values.areas[0]) {
      placeInput.value = options_.areaName(values.areas[0]) ?? '';
      values.place = placeInput.value;
    }
    (errors['geometry']).textContent = '';
    showPlacement();
  }

  const stopFollowingMode = placeTool.mode.subscribe((mode) => {
    for (const { mode: m, button, help } of placeButtons) {
      button.setAttribute('aria-pressed', String(m === mode));
      if (m === mode) placeHelp.textContent = `${help} (Esc cancels).`;
    }
    if (!mode) placeHelp.textContent = '';
  });
  regionSelect.addEventListener('change', () => {
    if (regionSelect.value) {
      placeTool.stop();
      placed({ kind: 'refs', refs: [`region:${regionSelect.value}`] });
    }
  });

  const bind = (control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement, key: Exclude<keyof DraftValues, 'quote' | 'placement' | 'areas' | 'numbers'>, event = 'input') =>
    control.addEventListener(event, () => {
      values[key] = control.value;
      const slot = errors[key];
      if (slot) slot.textContent = '';
      check();
    });
  bind(placeInput, 'place');
  bind(precisionSelect, 'geoPrecision', 'change');
  precisionSelect.addEventListener('change', () => (precisionTouched = true));
  bind(titleInput, 'title');
  bind(categorySelect, 'category', 'change');
  bind(actorsInput, 'actors');
  bind(eventDate, 'eventDate');
  bind(endDate, 'endDate');
  bind(timePrecision, 'timePrecision', 'change');
  bind(reportedDate, 'reportedDate');
  bind(statusSelect, 'status', 'change');
  bind(translationInput, 'translation');
  bind(noteInput, 'note');

  /** Checks that need no server: an end date before the start. */
  function check(): void {
    const end = errors['endDate'];
    if (values.endDate && values.eventDate && values.endDate < values.eventDate) end.textContent = 'The end date is before the event date.';
    else if (end.textContent === 'The end date is before the event date.') end.textContent = '';
  }

  // ---- Sources ----
  async function chooseSource(id: string, source?: SourceDocument): Promise<void> {
    values.source = id;
    (errors['source']).textContent = '';
    if (!id) {
      sourceText = null;
      picker.setText(null);
      return;
    }
    picker.setText(null);
    try {
      const document = source ?? (await work.track(cachedSource(id)));
      if (values.source !== id) return;
      sourceText = document.text;
      picker.setText(document.text, document.language);
      if (!values.reportedDate && document.publishedDate) {
        values.reportedDate = document.publishedDate;
        reportedDate.value = document.publishedDate;
      }
      // A quote that is not at its offsets in this text (typed, or from another source) is looked for.
      const { text: quote, start, end } = values.quote;
      const atOffsets = start !== null && end !== null ? document.text.slice(codePointIndex(document.text, start), codePointIndex(document.text, end)) : null;
      if (quote && atOffsets !== quote) {
        const found = findQuote(document.text, quote);
        values.quote = 'occurrences' in found ? { text: quote, start: null, end: null } : found;
      }
      showQuote();
    } catch (error) {
      (errors['source']).textContent = `Could not load the source: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  function addSourceOption(source: Pick<SourceSummary, 'id' | 'title'> & { publishedDate?: string | null }): void {
    if ([...sourceSelect.options].some((o) => o.value === source.id)) return;
    sourceSelect.append(el('option', { attrs: { value: source.id } }, source.publishedDate ? `${source.title} (${source.publishedDate})` : source.title));
  }

  sourceSelect.addEventListener('change', () => void chooseSource(sourceSelect.value));
  registerButton.addEventListener('click', () => {
    void options_.sourceDialog.open().then((source) => {
      if (!source) return;
      addSourceOption(source);
      sourceSelect.value = source.id;
      void chooseSource(source.id, source);
    });
  });
  void work.track(api.sources()).then(
    (sources) => {
      replaceChildren(sourceSelect, el('option', { attrs: { value: '' } }, 'Choose a source…'));
      sources.forEach(addSourceOption);
      sourceSelect.value = values.source;
      if (values.source) void chooseSource(values.source);
    },
    (error: unknown) => {
      replaceChildren(sourceSelect, el('option', { attrs: { value: '' } }, 'Sources unavailable'));
      general.textContent = `Could not list the sources: ${error instanceof Error ? error.message : String(error)}`;
    },
  );

  // ---- Saving ----
  function showConflict(error: ApiError): void {
    const currentVersion = Number(error.problem?.['currentVersion']);
    const current = error.problem?.['current'] as GeoJsonFeature<ClaimProperties> | undefined;
    const theirs = current && base ? changedFields(base.feature, current) : [];
    const overwrite = el('button', { className: 'button', testId: 'editor-overwrite', attrs: { type: 'button' } }, `Save mine over version ${Number.isFinite(currentVersion) ? currentVersion : '?'}`);
    const reload = el('button', { className: 'button button-quiet', testId: 'editor-load-current', attrs: { type: 'button' } }, 'Discard mine, edit theirs');
    overwrite.addEventListener('click', () => {
      if (current) base = readFullClaim(current, null);
      etag = `"${currentVersion}"`;
      conflictBox.hidden = true;
      void submit();
    });
    reload.addEventListener('click', () => {
      if (!current) return;
      base = readFullClaim(current, null);
      etag = base.etag;
      values = valuesOf(base.props, current.geometry as GeoJsonGeometry | null);
      precisionTouched = true;
      conflictBox.hidden = true;
      clearFieldErrors(errors, general);
      fill();
      void chooseSource(values.source);
    });
    replaceChildren(
      conflictBox,
      el('strong', null, 'Not saved: someone else changed this claim while you were editing it.'),
      el(
        'p',
        null,
        Number.isFinite(currentVersion) ? `Version ${currentVersion} is stored now` : 'A newer version is stored now',
        current?.properties.updatedAt ? ` (saved ${current.properties.updatedAt.slice(0, 16).replace('T', ' ')} UTC)` : '',
        theirs.length ? '. Their changes:' : '.',
      ),
      theirs.length
        ? el(
            'ul',
            { className: 'history-changes', testId: 'editor-conflict-changes' },
            ...theirs.map((c) => el('li', { attrs: { 'data-field': c.field } }, el('span', { className: 'history-field' }, c.field), el('del', null, c.before), ' → ', el('ins', null, c.after))),
          )
        : null,
      el('div', { className: 'actions' }, overwrite, reload),
    );
    conflictBox.hidden = false;
    conflictBox.scrollIntoView({ block: 'nearest' });
  }

  async function submit(): Promise<void> {
    if (saving) return;
    saving = true;
    save.disabled = true;
    statusText.textContent = 'Saving…';
    clearFieldErrors(errors, general);
    try {
      const body = featureOf(values, base?.props ?? null);
      const result = base
        ? await work.track(api.updateClaim(base.props.id, etag ?? `"${base.props.version ?? 0}"`, body))
        : await work.track(api.createClaim(body));
      statusText.textContent = 'Saved.';
      options_.onSaved(readFullClaim(result.value, result.etag));
    } catch (error) {
      statusText.textContent = '';
      if (error instanceof ApiError && (error.status === 412 || error.status === 409) && base) showConflict(error);
      else {
        showFieldErrors(error, errors, general, errorField);
        const first = Object.values(errors).find((slot) => slot.textContent);
        (first ?? general).scrollIntoView({ block: 'nearest' });
      }
    } finally {
      saving = false;
      save.disabled = false;
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void submit();
  });
  cancel.addEventListener('click', () => options_.onClose());
  fill();

  return {
    element: form,
    dispose() {
      stopFollowingMode();
      placeTool.stop();
      placeTool.show(null);
      picker.dispose();
    },
  };
}
