import { codePointIndex, codePointLength, codePointOffset } from './codePoints';
import { el } from '../shared/dom';

/**
 * The source text in the claim editor, where selecting text takes the quote: the selection
 * becomes the quote's text and its offsets in Unicode code points (as the server counts them;
 * the DOM counts UTF-16 units, see codePoints.ts). Whitespace at either end of a selection is
 * left out. The chosen quote stays marked. The text only ever enters the DOM as text nodes.
 */

/** A quote: verbatim text and its [start, end) offsets in code points. */
export interface PickedQuote {
  text: string;
  start: number;
  end: number;
}

/** How long the selection must rest before it is taken (keyboard selections grow step by step). */
const SETTLE_MS = 200;

/** UTF-16 offset of a DOM boundary point within `container`'s text. */
function textOffset(container: Node, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(container);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * The selection inside `container` as a quote of `text` (the container's text content), with
 * surrounding whitespace trimmed; null when there is none there.
 */
export function selectedQuote(container: HTMLElement, text: string): PickedQuote | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  let from = textOffset(container, range.startContainer, range.startOffset);
  let to = textOffset(container, range.endContainer, range.endOffset);
  while (from < to && /\s/.test(text[from] ?? '')) from++;
  while (to > from && /\s/.test(text[to - 1] ?? '')) to--;
  if (from >= to) return null;
  const quote = text.slice(from, to);
  const start = codePointOffset(text, from);
  return { text: quote, start, end: start + codePointLength(quote) };
}

/** Where a typed quote occurs in the text: its offsets if exactly once, else how often (0 or more than 1). */
export function findQuote(text: string, quote: string): PickedQuote | { occurrences: number } {
  if (!quote) return { occurrences: 0 };
  const first = text.indexOf(quote);
  if (first < 0) return { occurrences: 0 };
  let occurrences = 1;
  for (let at = text.indexOf(quote, first + 1); at >= 0; at = text.indexOf(quote, at + 1)) occurrences++;
  if (occurrences > 1) return { occurrences };
  const start = codePointOffset(text, first);
  return { text: quote, start, end: start + codePointLength(quote) };
}

export interface QuotePicker {
  element: HTMLElement;
  /** Shows a source's text (null: none chosen yet). */
  setText(text: string | null, language?: string): void;
  /** Marks the quote at these code point offsets (null: no mark). */
  mark(quote: PickedQuote | null): void;
  /** Stops watching the selection. */
  dispose(): void;
}

export function createQuotePicker(onPick: (quote: PickedQuote) => void): QuotePicker {
  const element = el('div', {
    className: 'source-text editor-source-text',
    testId: 'editor-source-text',
    attrs: { tabindex: '0', dir: 'auto', 'aria-label': 'Source text: select the quote here' },
  });
  let text: string | null = null;
  let pointerDown = false;
  let timer: number | undefined;

  function take(): void {
    if (text === null || pointerDown) return;
    const quote = selectedQuote(element, text);
    if (!quote) return;
    onPick(quote);
  }

  const onSelectionChange = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(take, SETTLE_MS);
  };
  const onPointerUp = () => {
    if (!pointerDown) return;
    pointerDown = false;
    onSelectionChange();
  };
  element.addEventListener('pointerdown', () => (pointerDown = true));
  document.addEventListener('pointerup', onPointerUp);
  document.addEventListener('selectionchange', onSelectionChange);

  function render(quote: PickedQuote | null): void {
    if (text === null) {
      element.replaceChildren(el('span', { className: 'muted' }, 'Choose or register a source to see its text.'));
      return;
    }
    if (!quote) {
      element.replaceChildren(text);
      return;
    }
    const from = codePointIndex(text, quote.start);
    const to = codePointIndex(text, quote.end);
    if (text.slice(from, to) !== quote.text) {
      element.replaceChildren(text);
      return;
    }
    const mark = el('mark', { testId: 'editor-quote-mark' }, text.slice(from, to));
    element.replaceChildren(text.slice(0, from), mark, text.slice(to));
  }

  render(null);
  return {
    element,
    setText(next, language) {
      text = next;
      if (language) element.setAttribute('lang', language);
      else element.removeAttribute('lang');
      render(null);
    },
    mark(quote) {
      // Re-rendering drops the browser's selection, which the mark now replaces.
      render(quote);
    },
    dispose() {
      window.clearTimeout(timer);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    },
  };
}
