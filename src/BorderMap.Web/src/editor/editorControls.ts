import { el } from '../shared/dom';
import type { PlaceMode } from '../map/placeTool';
import type { RegionSummary, StyleDefinition } from '../types';
import { EDITOR_FIELDS } from './claimDraft';
import { CREDIBILITY_GRADES } from '../panels/reliability';
import type { FieldErrors } from './fieldErrors';

/**
 * The claim editor's controls (each with its test id) and how they are laid out in the form:
 * 1 source and quote, 2 where, 3 what and when, then the Save and Cancel bar. claimEditor.ts
 * fills them and wires them.
 */

const TIME_PRECISIONS = ['day', 'week', 'month', 'year'];
const STATUSES = ['reported', 'corroborated', 'disputed'];
const PLACE_BUTTONS: Array<[PlaceMode, string, string]> = [
  ['point', 'Point', 'Click the map where it happened'],
  ['line', 'Line', 'Click along the line; double-click the last point'],
  ['polygon', 'Area', 'Click around the area; click the first point to close it'],
  ['region', 'Region', 'Click a province or country on the map'],
];

export interface PlaceButton {
  mode: PlaceMode;
  button: HTMLButtonElement;
  help: string;
}

export type EditorControls = ReturnType<typeof createEditorControls>;

function options(values: Array<[string, string]>, blank?: string): HTMLOptionElement[] {
  return [
    ...(blank !== undefined ? [el('option', { attrs: { value: '' } }, blank)] : []),
    ...values.map(([value, label]) => el('option', { attrs: { value } }, label)),
  ];
}

function input(testId: string, attrs: Record<string, string>): HTMLInputElement {
  return el('input', { testId, attrs });
}

function regionChoices(regions: RegionSummary[], areaName: (id: string) => string | null): HTMLSelectElement {
  const sorted = [...regions].sort((a, b) => Number(a.kind === 'province') - Number(b.kind === 'province') || a.name.localeCompare(b.name));
  const labels: Array<[string, string]> = sorted.map((r) => [r.id, `${r.name}${r.kind === 'province' ? ` (${areaName(r.country) ?? r.country})` : ''}`]);
  return el('select', { testId: 'editor-region', attrs: { 'aria-label': 'Region the claim refers to' } }, ...options(labels, 'or choose a region…'));
}

function placeButtons(): PlaceButton[] {
  return PLACE_BUTTONS.map(([mode, label, help]) => ({
    mode,
    help,
    button: el('button', { className: 'button button-quiet place-button', testId: `place-${mode}`, attrs: { type: 'button', 'aria-pressed': 'false', title: help } }, label),
  }));
}

export function createEditorControls(style: StyleDefinition, regions: RegionSummary[], areaName: (id: string) => string | null, editing: boolean) {
  const errors: FieldErrors = Object.fromEntries(
    EDITOR_FIELDS.map((name) => [name, el('span', { className: 'field-error', testId: `editor-error-${name}`, attrs: { 'aria-live': 'polite' } })]),
  );
  return {
    errors,
    general: el('p', { className: 'warning editor-message', testId: 'editor-errors', attrs: { role: 'alert' } }),
    conflictBox: Object.assign(el('div', { className: 'conflict', testId: 'editor-conflict' }), { hidden: true }),
    sourceSelect: el('select', { testId: 'editor-source' }, el('option', { attrs: { value: '' } }, 'Loading sources…')),
    registerButton: el('button', { className: 'button button-quiet', testId: 'editor-register-source', attrs: { type: 'button' } }, 'Register a source…'),
    quoteInput: el('textarea', { testId: 'editor-quote', attrs: { rows: '3', spellcheck: 'false', placeholder: 'Select the quote in the source text, or type it exactly as written' } }),
    quoteOffsets: el('span', { className: 'hint', testId: 'editor-quote-offsets' }),
    placeButtons: placeButtons(),
    placeHelp: el('span', { className: 'hint place-help', attrs: { 'aria-live': 'polite' } }),
    regionSelect: regionChoices(regions, areaName),
    placementText: el('p', { className: 'placement', testId: 'editor-placement' }),
    placeInput: input('editor-place', { type: 'text', maxlength: '200', placeholder: 'the name as the source writes it' }),
    precisionSelect: el('select', { testId: 'editor-geo-precision' }, ...options(Object.entries(style.geoPrecision).map(([n, label]) => [n, `${n} ${label}`]), 'Choose…')),
    titleInput: input('editor-title', { type: 'text', maxlength: '300', placeholder: 'one line, in English' }),
    categorySelect: el('select', { testId: 'editor-category' }, ...options(style.categories.map((c) => [c.id, c.label]), 'Choose…')),
    actorsInput: input('editor-actors', { type: 'text', placeholder: 'comma-separated, e.g. Taliban, Afghan National Army' }),
    eventDate: input('editor-event-date', { type: 'date' }),
    endDate: input('editor-end-date', { type: 'date' }),
    timePrecision: el('select', { testId: 'editor-time-precision' }, ...options(TIME_PRECISIONS.map((p) => [p, p]))),
    reportedDate: input('editor-reported-date', { type: 'date' }),
    statusSelect: el('select', { testId: 'editor-status' }, ...options(STATUSES.map((s) => [s, s]))),
    translationInput: el('textarea', { testId: 'editor-translation', attrs: { rows: '3', lang: 'en', placeholder: 'the quote in English' } }),
    noteInput: el('textarea', { testId: 'editor-note', attrs: { rows: '2' } }),
    credibilitySelect: el('select', { testId: 'editor-credibility' }, ...options(CREDIBILITY_GRADES.map(([grade, meaning]) => [grade, `${grade} ${meaning}`]), 'Not rated')),
    save: el('button', { className: 'button', testId: 'editor-save', attrs: { type: 'submit' } }, editing ? 'Save changes' : 'Save claim'),
    cancel: el('button', { className: 'button button-quiet', testId: 'editor-cancel', attrs: { type: 'button' } }, 'Cancel'),
    statusText: el('span', { className: 'hint', testId: 'editor-status-text', attrs: { 'aria-live': 'polite' } }),
  };
}

function labelled(label: string, control: HTMLElement, error: HTMLElement | undefined, hint?: HTMLElement | null): HTMLElement {
  return el('label', { className: 'field' }, el('span', { className: 'field-label' }, label), control, hint ?? null, error ?? null);
}

function group(legend: string, ...children: Array<HTMLElement | null | undefined>): HTMLFieldSetElement {
  return el('fieldset', { className: 'editor-group' }, el('legend', null, legend), ...children);
}

/** What the form shows above its fields, and the parts made outside this module. */
export interface FormFrame {
  mode: 'create' | 'edit';
  eyebrow: string;
  heading: string;
  numbers: HTMLElement | null;
  picker: HTMLElement;
  placeSuggestions: HTMLElement;
}

export function layoutForm(c: EditorControls, frame: FormFrame): HTMLFormElement {
  const e = c.errors;
  return el(
    'form',
    { className: 'card editor', testId: 'claim-editor', attrs: { 'data-mode': frame.mode, 'aria-label': frame.mode === 'edit' ? 'Edit claim' : 'New claim', novalidate: '' } },
    el('div', { className: 'eyebrow' }, frame.eyebrow),
    el('h2', null, frame.heading),
    frame.numbers,
    c.conflictBox,
    c.general,
    group('1 · Source and quote', el('div', { className: 'field-inline' }, c.sourceSelect, c.registerButton), e['source'], frame.picker, labelled('Quote', c.quoteInput, e['quote'], c.quoteOffsets)),
    group(
      '2 · Where',
      el('div', { className: 'place-buttons', attrs: { role: 'group', 'aria-label': 'Place the claim' } }, ...c.placeButtons.map((b) => b.button)),
      c.placeHelp,
      c.regionSelect,
      c.placementText,
      e['geometry'],
      el('div', { className: 'field-row two' }, labelled('Place name', c.placeInput, e['place'], frame.placeSuggestions), labelled('Geo-precision', c.precisionSelect, e['geoPrecision'])),
    ),
    group(
      '3 · What and when',
      labelled('Title', c.titleInput, e['title']),
      el('div', { className: 'field-row two' }, labelled('Category', c.categorySelect, e['category']), labelled('Status', c.statusSelect, e['status'])),
      labelled('Actors', c.actorsInput, e['actors']),
      el('div', { className: 'field-row' }, labelled('Event date', c.eventDate, e['eventDate']), labelled('End date', c.endDate, e['endDate']), labelled('Precision', c.timePrecision, e['timePrecision'])),
      labelled('Reported', c.reportedDate, e['reportedDate']),
      labelled('Translation (English)', c.translationInput, e['translation']),
      labelled('Note', c.noteInput, e['note']),
      labelled('Information credibility (Admiralty)', c.credibilitySelect, e['credibility']),
    ),
    el('div', { className: 'actions editor-actions' }, c.save, c.cancel, c.statusText),
  );
}
