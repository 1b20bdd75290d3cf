import { definitionList, el } from '../shared/dom';
import { formatDate } from '../shared/format';
import { describeLanguage } from '../shared/languages';
import { codePointIndex } from '../editor/codePoints';
import type { Quote, SourceDocument } from '../types';

/**
 * Where the quote sits in the text, as UTF-16 [start, end). Trusts the recorded offsets when the
 * text there matches the quote verbatim, otherwise searches for the quote; null if absent.
 */
export function locateQuote(text: string, quote: Quote): [number, number] | null {
  if (!quote.text) return null;
  const start = codePointIndex(text, quote.start);
  const end = codePointIndex(text, quote.end);
  if (text.slice(start, end) === quote.text) return [start, end];
  const found = text.indexOf(quote.text);
  return found >= 0 ? [found, found + quote.text.length] : null;
}

export interface SourceViewerOptions {
  source: SourceDocument;
  quote: Quote | null;
  onBack: (() => void) | null;
  /** Shown above the text: "Propose claims from this source" and its list. */
  proposals?: HTMLElement | null;
}

/** The full source text with the claim's quote marked; scrolls the mark into view once shown. */
export function renderSourceViewer({ source, quote, onBack, proposals }: SourceViewerOptions): HTMLElement {
  const body = el('div', { className: 'source-text', attrs: { lang: source.language, dir: 'auto', tabindex: '0' } });
  const range = quote ? locateQuote(source.text, quote) : null;
  let mark: HTMLElement | null = null;
  if (range) {
    mark = el('mark', { testId: 'source-highlight' }, source.text.slice(range[0], range[1]));
    body.append(source.text.slice(0, range[0]), mark, source.text.slice(range[1]));
  } else {
    body.append(source.text);
  }

  const language = describeLanguage(source.language);
  const translated = source.translatedFrom ? `translated from ${source.translatedFrom}` : null;
  const back = onBack ? el('button', { className: 'button button-quiet', attrs: { type: 'button' } }, '← Back to claim') : null;
  back?.addEventListener('click', () => onBack?.());
  const bar = back ? el('div', { className: 'sticky-bar' }, back, el('span', { className: 'sticky-title' }, source.title)) : null;

  const element = el(
    'section',
    { className: 'card source', testId: 'source-viewer', attrs: { 'data-source-id': source.id, 'aria-label': 'Source text' } },
    bar,
    el('div', { className: 'eyebrow' }, 'Source'),
    el('h2', { testId: 'source-title' }, source.title),
    definitionList([
      ['Publisher', source.publisher ?? null],
      ['Published', source.publishedDate ? formatDate(source.publishedDate) : null],
      ['Language', el('span', { testId: 'source-language' }, [language, translated].filter(Boolean).join(', '))],
      ['URL', source.url ? el('span', { className: 'url' }, source.url) : null],
      ['SHA-256', source.sha256 ? el('code', { className: 'hash', attrs: { title: source.sha256 } }, source.sha256.slice(0, 16) + '…') : null],
    ]),
    source.notes?.length
      ? el('ul', { className: 'notes', testId: 'source-notes' }, ...source.notes.map((note) => el('li', null, note)))
      : null,
    proposals ?? null,
    quote && !range ? el('p', { className: 'warning' }, 'The quote was not found verbatim in this source text.') : null,
    body,
  );

  if (mark) {
    const target = mark;
    // Wait until the element is in the document and laid out.
    requestAnimationFrame(() => target.scrollIntoView({ block: 'center', behavior: 'auto' }));
  }
  return element;
}
