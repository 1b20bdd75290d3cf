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

export function createSourceDialog(work: PendingWork): SourceDialog {
  const title = el('input', { testId: 'new-source-title', attrs: { type: 'text', maxlength: '500', required: '' } });
  const publisher = el('input', { testId: 'new-source-publisher', attrs: { type: 'text', maxlength: '300', required: '' } });
  const url = el('input', { testId: 'new-source-url', attrs: { type: 'url', maxlength: '2000', placeholder: 'https://…' } });
  const language = el('input', { testId: 'new-source-language', attrs: { type: 'text', list: 'new-source-languages', maxlength: '35', placeholder: 'e.g. en, id, ru', required: '' } });
  const languages = el(
    'datalist',
    { attrs: { id: 'new-source-languages' } },
    ...PREFERRED_LANGUAGES.map((code) => el('option', { attrs: { value: code } }, languageName(code) ?? code)),
  );
  const published = el('input', { testId: 'new-source-published', attrs: { type: 'date', required: '' } });
  const translatedFrom = el('input', { testId: 'new-source-translated-from', attrs: { type: 'text', maxlength: '35', placeholder: 'optional, e.g. de' } });
  const text = el('textarea', { testId: 'new-source-text', attrs: { rows: '10', spellcheck: 'false', required: '' } });
  const file = el('input', { testId: 'new-source-file', attrs: { type: 'file', accept: '.txt,text/plain' } });
  const errors: FieldErrors = {
    title: el('span', { className: 'field-error', testId: 'new-source-error-title' }),
    publisher: el('span', { className: 'field-error', testId: 'new-source-error-publisher' }),
    url: el('span', { className: 'field-error', testId: 'new-source-error-url' }),
    language: el('span', { className: 'field-error', testId: 'new-source-error-language' }),
    publishedDate: el('span', { className: 'field-error', testId: 'new-source-error-publishedDate' }),
    translatedFrom: el('span', { className: 'field-error', testId: 'new-source-error-translatedFrom' }),
    text: el('span', { className: 'field-error', testId: 'new-source-error-text' }),
  };
  const general = el('p', { className: 'warning dialog-message', testId: 'new-source-errors', attrs: { role: 'alert' } });
  const save = el('button', { className: 'button', testId: 'new-source-save', attrs: { type: 'submit' } }, 'Register source');
  const cancel = el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, 'Cancel');
  const form = el(
    'form',
    { className: 'export-form', attrs: { method: 'dialog', novalidate: '' } },
    el('div', { className: 'dialog-head' }, el('h2', null, 'Register a source'), cancel),
    el(
      'div',
      { className: 'dialog-fields source-fields' },
      field('Title', title, errors['title']),
      el('div', { className: 'field-row two' }, field('Publisher', publisher, errors['publisher']), field('URL', url, errors['url'])),
      el(
        'div',
        { className: 'field-row' },
        field('Language', language, errors['language']),
        field('Published', published, errors['publishedDate']),
        field('Translated from', translatedFrom, errors['translatedFrom']),
      ),
      field('Text', text, errors['text'], 'Paste the full text, or load a plain-text file. It is stored exactly as given and never changes.'),
      el('label', { className: 'row' }, el('span', { className: 'field-label' }, 'Load a text file:'), file),
      languages,
    ),
    el('div', { className: 'dialog-actions' }, general, save),
  );
  const dialog = el('dialog', { className: 'export-dialog source-dialog', testId: 'source-dialog', attrs: { 'aria-label': 'Register a source' } }, form);
  document.body.append(dialog);

  let resolve: ((source: SourceDocument | null) => void) | null = null;
  const close = (source: SourceDocument | null) => {
    const done = resolve;
    resolve = null;
    if (dialog.open) dialog.close();
    done?.(source);
  };

  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    if (chosen.size > MAX_FILE_BYTES) {
      (errors['text']).textContent = `${chosen.name} is larger than ${MAX_FILE_BYTES / 1024 / 1024} MB.`;
      return;
    }
    void chosen.text().then((content) => {
      text.value = content;
      if (!title.value) title.value = chosen.name.replace(/\.[^.]+$/, '');
    });
  });
  for (const [name, control] of [['title', title], ['publisher', publisher], ['url', url], ['language', language], ['publishedDate', published], ['translatedFrom', translatedFrom], ['text', text]] as const) {
    control.addEventListener('input', () => {
      const error = errors[name];
      if (error) error.textContent = '';
    });
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const draft: SourceDraft = {
      title: title.value.trim(),
      publisher: publisher.value.trim(),
      language: language.value.trim(),
      publishedDate: published.value,
      text: text.value,
    };
    if (url.value.trim()) draft.url = url.value.trim();
    if (translatedFrom.value.trim()) draft.translatedFrom = translatedFrom.value.trim();
    save.disabled = true;
    general.textContent = '';
    work
      .track(api.registerSource(draft))
      .then(
        (source) => close(source),
        (error: unknown) => showFieldErrors(error, errors, general, (key) => (key in errors ? key : null)),
      )
      .finally(() => (save.disabled = false));
  });
  cancel.addEventListener('click', () => close(null));
  dialog.addEventListener('close', () => close(null));

  return {
    open() {
      for (const control of [title, publisher, url, language, published, translatedFrom, text, file]) control.value = '';
      for (const error of Object.values(errors)) error.textContent = '';
      general.textContent = '';
      dialog.showModal();
      title.focus();
      return new Promise((done) => (resolve = done));
    },
  };
}
