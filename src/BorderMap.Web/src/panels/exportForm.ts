import { el } from '../shared/dom';
import { languageName, PREFERRED_LANGUAGES } from '../shared/languages';
import { PAPERS, QUOTE_TEXTS, type QuoteText } from '../state/exportQuery';
import { MAX_DPI, MAX_PIXELS, MIN_DPI } from '../state/exportSize';
import { KIND_FORMATS, MAX_FPS, MAX_WINDOW_DAYS } from '../state/sequenceExport';

/** The Export dialog's controls and layout; exportDialog.ts gives them behaviour. */

const LABEL_LANGUAGES = [...PREFERRED_LANGUAGES, 'local'];

const QUOTE_TEXT_LABELS: Record<QuoteText, string> = {
  both: 'Original and translation',
  original: 'Original only',
  translation: 'Translation only',
};

/** The fields a server problem can name (`bbox` also takes `region`). */
export const EXPORT_FIELDS = ['format', 'width', 'height', 'dpi', 'paper', 'title', 'subtitle', 'bbox', 'lang', 'quotes', 'outlines', 'from', 'to', 'step', 'window', 'fps'] as const;
export type ExportField = (typeof EXPORT_FIELDS)[number];

function numberInput(testId: string, min: number, max: number): HTMLInputElement {
  return el('input', { testId, attrs: { type: 'number', min: String(min), max: String(max), step: '1', inputmode: 'numeric' } });
}

function select(testId: string, options: Array<[value: string, label: string]>): HTMLSelectElement {
  return el('select', { testId }, ...options.map(([value, label]) => el('option', { attrs: { value } }, label)));
}

function createControls() {
  return {
    kind: select('export-kind', [['map', 'One map'], ['animation', 'Animation'], ['multiples', 'Small multiples']]),
    format: select('export-format', KIND_FORMATS.map),
    width: numberInput('export-width', 1, MAX_PIXELS),
    height: numberInput('export-height', 1, MAX_PIXELS),
    dpi: numberInput('export-dpi', MIN_DPI, MAX_DPI),
    paper: select('export-paper', PAPERS.map((p) => [p, p.replace('-', ' ')])),
    title: el('input', { testId: 'export-title', attrs: { type: 'text', maxlength: '200' } }),
    subtitle: el('input', { testId: 'export-subtitle', attrs: { type: 'text', maxlength: '300' } }),
    lang: select('export-lang', LABEL_LANGUAGES.map((code) => [code, code === 'local' ? 'Local names' : (languageName(code) ?? code)])),
    quotes: select('export-quotes', QUOTE_TEXTS.map((q) => [q, QUOTE_TEXT_LABELS[q]])),
    outlines: el('input', { testId: 'export-outlines', attrs: { type: 'checkbox' } }),
    scopeView: el('input', { testId: 'export-scope-view', attrs: { type: 'radio', name: 'export-scope', value: 'view' } }),
    scopeRegion: el('input', { testId: 'export-scope-region', attrs: { type: 'radio', name: 'export-scope', value: 'region' } }),
    from: el('input', { testId: 'export-from', attrs: { type: 'date' } }),
    to: el('input', { testId: 'export-to', attrs: { type: 'date' } }),
    step: select('export-step', [['day', 'A day'], ['week', 'A week'], ['month', 'A month']]),
    windowMode: select('export-window-mode', [['window', 'The last N days'], ['cumulative', 'Everything since the first date']]),
    window: numberInput('export-window', 1, MAX_WINDOW_DAYS),
    fps: numberInput('export-fps', 1, MAX_FPS),
  };
}

export type ExportControls = ReturnType<typeof createControls>;

/** A labelled control with its error line; the error is tied to the control for screen readers. */
function field(label: string, control: HTMLElement, error: HTMLElement): HTMLLabelElement {
  return el('label', { className: 'field' }, el('span', { className: 'field-label' }, label), control, error);
}

function createParts() {
  const errors = Object.fromEntries(
    EXPORT_FIELDS.map((name) => [name, el('span', { className: 'field-error', attrs: { id: `export-error-${name}`, 'aria-live': 'polite' } })]),
  ) as Record<ExportField, HTMLElement>;
  return {
    controls: createControls(),
    errors,
    regionLabel: el('span', null, 'Selected region'),
    bboxText: el('code', { className: 'bbox' }),
    summary: el('ul', { className: 'export-summary hint' }),
    preview: el('img', { className: 'export-preview', testId: 'export-preview', attrs: { alt: 'Preview of the exported map' } }),
    previewStatus: el('p', { className: 'hint preview-status', attrs: { 'aria-live': 'polite' } }),
    status: el('p', { className: 'export-status', attrs: { 'aria-live': 'polite' } }),
    progress: el('progress', { className: 'export-progress', testId: 'export-progress', attrs: { 'aria-label': 'Export progress', hidden: '' } }),
    frames: el('p', { className: 'hint', testId: 'export-frames', attrs: { 'aria-live': 'polite' } }),
    download: el('button', { className: 'button', testId: 'export-download', attrs: { type: 'submit' } }, 'Download'),
    cancel: el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, 'Cancel'),
  };
}

export type ExportForm = ReturnType<typeof createParts> & {
  form: HTMLFormElement;
  sizeFields: HTMLElement;
  paperField: HTMLElement;
  outlinesField: HTMLElement;
  regionChoice: HTMLElement;
  sequenceFields: HTMLElement;
  animationFields: HTMLElement;
  windowField: HTMLElement;
};

/** The dates, step and (for an animation) window and frame rate of a sequence. */
function sequenceFieldset(parts: ReturnType<typeof createParts>) {
  const { controls: c, errors } = parts;
  const windowField = field('Days', c.window, errors.window);
  const animationFields = el('div', { className: 'field-row' }, field('Each frame shows', c.windowMode, el('span', null)), windowField, field('Frames a second', c.fps, errors.fps));
  const sequenceFields = el(
    'fieldset',
    { className: 'filter-group', testId: 'export-sequence' },
    el('legend', null, 'Dates'),
    el('div', { className: 'field-row' }, field('From', c.from, errors.from), field('To', c.to, errors.to), field('Step', c.step, errors.step)),
    animationFields,
    parts.frames,
  );
  return { sequenceFields, animationFields, windowField };
}

/** Builds the form: fields on the left, the preview on the right, status and Download below. */
export function createExportForm(): ExportForm {
  const parts = createParts();
  const { controls: c, errors } = parts;
  for (const name of EXPORT_FIELDS) if (name in c) c[name as keyof ExportControls].setAttribute('aria-describedby', `export-error-${name}`);
  const sizeFields = el('div', { className: 'field-row' }, field('Width (px)', c.width, errors.width), field('Height (px)', c.height, errors.height), field('DPI', c.dpi, errors.dpi));
  const paperField = field('Paper', c.paper, errors.paper);
  const outlinesField = el('label', { className: 'row' }, c.outlines, el('span', null, 'Text as outlines (SVG opens without our fonts)'), errors.outlines);
  const regionChoice = el('label', { className: 'row' }, c.scopeRegion, parts.regionLabel);
  const sequence = sequenceFieldset(parts);
  const area = el(
    'fieldset',
    { className: 'filter-group' },
    el('legend', null, 'Area'),
    el('label', { className: 'row' }, c.scopeView, el('span', null, 'Current view '), parts.bboxText),
    regionChoice,
    errors.bbox,
  );
  const fields = el(
    'div',
    { className: 'dialog-fields' },
    field('Title', c.title, errors.title),
    field('Subtitle', c.subtitle, errors.subtitle),
    area,
    el('div', { className: 'field-row two' }, field('Export', c.kind, el('span', null)), field('Format', c.format, errors.format)),
    sequence.sequenceFields,
    field('Label language', c.lang, errors.lang),
    sizeFields,
    paperField,
    field('Quotes', c.quotes, errors.quotes),
    outlinesField,
    el('div', { className: 'export-includes' }, el('span', { className: 'field-label' }, 'Includes'), parts.summary),
  );
  const form = el(
    'form',
    { className: 'export-form', attrs: { method: 'dialog', novalidate: '' } },
    el('div', { className: 'dialog-head' }, el('h2', null, 'Export map'), parts.cancel),
    el('div', { className: 'dialog-body' }, fields, el('figure', { className: 'preview-box' }, parts.preview, el('figcaption', null, parts.previewStatus))),
    el('div', { className: 'dialog-actions' }, parts.status, parts.progress, parts.download),
  );
  return { ...parts, ...sequence, form, sizeFields, paperField, outlinesField, regionChoice };
}
