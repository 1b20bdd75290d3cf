import { api } from '../api/api';
import { el } from '../shared/dom';
import { type FieldErrors, showFieldErrors } from './fieldErrors';
import { languageName, PREFERRED_LANGUAGES } from '../shared/languages';
import type { SourceDocument, SourceDraft } from '../types';
import type { PendingWork } from '../api/work';

/**
 * The "Register a source" dialog: the researcher pastes the text (or loads a text file) and
 * gives its title, publisher, URL, language and publication date; `POST /api/sources` stores it
 * with its SHA-256. The server's field errors show beside the fields.
 */

/** Largest text file offered to the text box (the server has its own upload limit). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

export interface SourceDialog {
  /** Opens the dialog; resolves with the registered source, or null if cancelled. */
  open(): Promise<SourceDocument | null>;
}

function field(label: string, control: HTMLElement, error: HTMLElement, hint?: string): HTMLElement {
  return el(
    'label',
    { className: 'field' },
    el('span', { className: 'field-label' }, label),
    control,
    hint ? el('span', { className: 'hint' }, hint) : null,
    error,
  );
}

type SourceControls = ReturnType<typeof createSourceControls>;

const SOURCE_FIELDS = ['title', 'publisher', 'url', 'language', 'publishedDate', 'translatedFrom', 'text'] as const;

function createSourceControls() {
  const errors: FieldErrors = Object.fromEntries(SOURCE_FIELDS.map((name) => [name, el('span', { className: 'field-error', testId: `new-source-error-${name}` })]));
  return {
    title: el('input', { testId: 'new-source-title', attrs: { type: 'text', maxlength: '500', required: '' } }),
    publisher: el('input', { testId: 'new-source-publisher', attrs: { type: 'text', maxlength: '300', required: '' } }),
    url: el('input', { testId: 'new-source-url', attrs: { type: 'url', maxlength: '2000', placeholder: 'https://…' } }),
    language: el('input', { testId: 'new-source-language', attrs: { type: 'text', list: 'new-source-languages', maxlength: '35', placeholder: 'e.g. en, id, ru', required: '' } }),
    published: el('input', { testId: 'new-source-published', attrs: { type: 'date', required: '' } }),
    translatedFrom: el('input', { testId: 'new-source-translated-from', attrs: { type: 'text', maxlength: '35', placeholder: 'optional, e.g. de' } }),
    text: el('textarea', { testId: 'new-source-text', attrs: { rows: '10', spellcheck: 'false', required: '' } }),
    file: el('input', { testId: 'new-source-file', attrs: { type: 'file', accept: '.txt,text/plain' } }),
    errors,
    general: el('p', { className: 'warning dialog-message', testId: 'new-source-errors', attrs: { role: 'alert' } }),
    save: el('button', { className: 'button', testId: 'new-source-save', attrs: { type: 'submit' } }, 'Register source'),
    cancel: el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, 'Cancel'),
  };
}

function sourceForm(c: SourceControls): HTMLFormElement {
  const languages = el(
    'datalist',
    { attrs: { id: 'new-source-languages' } },
    ...PREFERRED_LANGUAGES.map((code) => el('option', { attrs: { value: code } }, languageName(code) ?? code)),
  );
  const errors = c.errors;
  return el(
    'form',
    { className: 'export-form', attrs: { method: 'dialog', novalidate: '' } },
    el('div', { className: 'dialog-head' }, el('h2', null, 'Register a source'), c.cancel),
    el(
      'div',
      { className: 'dialog-fields source-fields' },
      field('Title', c.title, errors['title']),
      el('div', { className: 'field-row two' }, field('Publisher', c.publisher, errors['publisher']), field('URL', c.url, errors['url'])),
      el(
        'div',
        { className: 'field-row' },
        field('Language', c.language, errors['language']),
        field('Published', c.published, errors['publishedDate']),
        field('Translated from', c.translatedFrom, errors['translatedFrom']),
      ),
      field('Text', c.text, errors['text'], 'Paste the full text, or load a plain-text file. It is stored exactly as given and never changes.'),
      el('label', { className: 'row' }, el('span', { className: 'field-label' }, 'Load a text file:'), c.file),
      languages,
    ),
    el('div', { className: 'dialog-actions' }, c.general, c.save),
  );
}

/** A chosen text file fills the text box (and the title, if empty); each field's error clears as it is edited. */
function wireInputs(c: SourceControls): void {
  c.file.addEventListener('change', () => {
    const chosen = c.file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      c.errors['text'].textContent = `${chosen.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
      return;
    }
    void chosen.text().then((content) => {
      c.text.value = content;
      if (!c.title.value) c.title.value = chosen.name.replace(/\.[^.]+$/, '');
    });
  });
  for (const [name, control] of [['title', c.title], ['publisher', c.publisher], ['url', c.url], ['language', c.language], ['publishedDate', c.published], ['translatedFrom', c.translatedFrom], ['text', c.text]] as const) {
    control.addEventListener('input', () => {
      const error = c.errors[name];
      if (error) error.textContent = '';
    });
  }
}

function readDraft(c: SourceControls): SourceDraft {
  const draft: SourceDraft = {
    title: c.title.value.trim(),
    publisher: c.publisher.value.trim(),
    language: c.language.value.trim(),
    publishedDate: c.published.value,
    text: c.text.value,
  };
  if (c.url.value.trim()) draft.url = c.url.value.trim();
  if (c.translatedFrom.value.trim()) draft.translatedFrom = c.translatedFrom.value.trim();
  return draft;
}

export function createSourceDialog(work: PendingWork): SourceDialog {
  const c = createSourceControls();
  const form = sourceForm(c);
  const dialog = el('dialog', { className: 'export-dialog source-dialog', testId: 'source-dialog', attrs: { 'aria-label': 'Register a source' } }, form);
  document.body.append(dialog);

  let resolve: ((source: SourceDocument | null) => void) | null = null;
  const close = (source: SourceDocument | null) => {
    const done = resolve;
    resolve = null;
    if (dialog.open) dialog.close();
    done?.(source);
  };
  wireInputs(c);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    c.save.disabled = true;
    c.general.textContent = '';
    work
      .track(api.registerSource(readDraft(c)))
      .then(
        (source) => close(source),
        (error: unknown) => showFieldErrors(error, c.errors, c.general, (key) => (key in c.errors ? key : null)),
      )
      .finally(() => (c.save.disabled = false));
  });
  c.cancel.addEventListener('click', () => close(null));
  dialog.addEventListener('close', () => close(null));

  return {
    open() {
      for (const control of [c.title, c.publisher, c.url, c.language, c.published, c.translatedFrom, c.text, c.file]) control.value = '';
      for (const error of Object.values(c.errors)) error.textContent = '';
      c.general.textContent = '';
      dialog.showModal();
      c.title.focus();
      return new Promise((done) => (resolve = done));
    },
  };
}
