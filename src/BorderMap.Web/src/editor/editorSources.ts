import { api, cachedSource } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { SourceDocument, SourceSummary } from '../types';
import { codePointIndex } from './codePoints';
import { type EditorRun, showQuote } from './editorView';
import { findQuote } from './quotePicker';

/** The editor's source: the list of sources, registering a new one, and loading the chosen one's text for the quote. */

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Loads the chosen source's text into the quote picker; the quote is located in it anew unless it is at its offsets already. */
export async function chooseSource(run: EditorRun, id: string, source?: SourceDocument): Promise<void> {
  const { state, picker, controls } = run;
  state.values.source = id;
  controls.errors['source'].textContent = '';
  picker.setText(null);
  if (!id) {
    state.sourceText = null;
    return;
  }
  try {
    const document = source ?? (await run.options.work.track(cachedSource(id)));
    if (state.values.source !== id) return;
    state.sourceText = document.text;
    picker.setText(document.text, document.language);
    if (!state.values.reportedDate && document.publishedDate) {
      state.values.reportedDate = document.publishedDate;
      controls.reportedDate.value = document.publishedDate;
    }
    const { text: quote, start, end } = state.values.quote;
    const atOffsets = start !== null && end !== null ? document.text.slice(codePointIndex(document.text, start), codePointIndex(document.text, end)) : null;
    if (quote && atOffsets !== quote) {
      const found = findQuote(document.text, quote);
      state.values.quote = 'occurrences' in found ? { text: quote, start: null, end: null } : found;
    }
    showQuote(run);
  } catch (error) {
    controls.errors['source'].textContent = `Could not load the source: ${errorText(error)}`;
  }
}

function addSourceOption(select: HTMLSelectElement, source: Pick<SourceSummary, 'id' | 'title'> & { publishedDate?: string | null }): void {
  if ([...select.options].some((o) => o.value === source.id)) return;
  select.append(el('option', { attrs: { value: source.id } }, source.publishedDate ? `${source.title} (${source.publishedDate})` : source.title));
}

export function wireSources(run: EditorRun): void {
  const { controls, state, options } = run;
  const select = controls.sourceSelect;
  select.addEventListener('change', () => void chooseSource(run, select.value));
  controls.registerButton.addEventListener('click', () => {
    void options.sourceDialog.open().then((source) => {
      if (!source) return;
      addSourceOption(select, source);
      select.value = source.id;
      void chooseSource(run, source.id, source);
    });
  });
  void options.work.track(api.sources()).then(
    (sources) => {
      replaceChildren(select, el('option', { attrs: { value: '' } }, 'Choose a source…'));
      sources.forEach((source) => addSourceOption(select, source));
      select.value = state.values.source;
      if (state.values.source) void chooseSource(run, state.values.source);
    },
    (error: unknown) => {
      replaceChildren(select, el('option', { attrs: { value: '' } }, 'Sources unavailable'));
      controls.general.textContent = `Could not list the sources: ${errorText(error)}`;
    },
  );
}
