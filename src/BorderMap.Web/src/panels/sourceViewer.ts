import { definitionList, el } from '../shared/dom';
import { formatDate } from '../shared/format';
import { describeLanguage } from '../shared/languages';
import type { SourceDocument } from '../types';
import { renderAnchorList } from './anchorList';
import { describeReliability } from './reliability';
import { type NumberedQuote, type Segment, segmentText } from './sourceQuotes';

export interface SourceViewerOptions {
  source: SourceDocument;
  /** The quotes of the claims citing this source, numbered (see `numberQuotes`). */
  quotes: NumberedQuote[];
  /** The claim the reader was opened from: its quote is the one marked `source-highlight`. */
  current: string | null;
  /** A quote's number or highlight was clicked. */
  onSelectQuote: (claimId: string) => void;
  /** Shown above the text: "Propose claims from this source" and its list. */
  proposals?: HTMLElement | null;
}

export interface SourceViewer {
  element: HTMLElement;
  /** Marks another claim's quote as the current one and scrolls it into view. */
  setCurrent(claimId: string): void;
}

function quoteNumber(quote: NumberedQuote, onSelect: (claimId: string) => void): HTMLButtonElement {
  const button = el(
    'button',
    { className: 'quote-number', testId: `source-quote-number-${quote.number}`, attrs: { type: 'button', 'data-claim-id': quote.claimId, title: quote.title, 'aria-label': `Quote ${quote.number}: ${quote.title}` } },
    String(quote.number),
  );
  button.addEventListener('click', () => onSelect(quote.claimId));
  return button;
}

/** The text with each quote highlighted (a `mark` of text nodes only) after the numbers of the quotes it holds. */
function renderText(source: SourceDocument, segments: Segment[], onSelect: (claimId: string) => void): HTMLElement {
  const body = el('div', { className: 'source-text', attrs: { lang: source.language, dir: 'auto', tabindex: '0' } });
  for (const segment of segments) {
    if (typeof segment === 'string') {
      body.append(segment);
      continue;
    }
    const [owner] = segment.quotes;
    const held = segment.quotes.map((q) => q.claimId).join(' ');
    const mark = el('mark', { className: 'source-quote', testId: 'source-quote', attrs: { 'data-claim-id': owner?.claimId ?? '', 'data-claim-ids': held, 'data-quote-number': String(owner?.number ?? '') } }, segment.text);
    mark.addEventListener('click', () => owner && onSelect(owner.claimId));
    body.append(...segment.quotes.map((quote) => quoteNumber(quote, onSelect)), mark);
  }
  return body;
}

function facts(source: SourceDocument): HTMLElement {
  const language = describeLanguage(source.language);
  const translated = source.translatedFrom ? `translated from ${source.translatedFrom}` : null;
  return definitionList([
    ['Publisher', source.publisher ?? null],
    ['Published', source.publishedDate ? formatDate(source.publishedDate) : null],
    ['Language', el('span', { testId: 'source-language' }, [language, translated].filter(Boolean).join(', '))],
    ['URL', source.url ? el('span', { className: 'url' }, source.url) : null],
    ['Reliability', describeReliability((source as SourceDocument & { reliability?: string | null }).reliability)],
    ['SHA-256', source.sha256 ? el('code', { className: 'hash', attrs: { title: source.sha256 } }, source.sha256.slice(0, 16) + '…') : null],
  ]);
}

/** The full source text with every claim's quote highlighted and numbered; the current one scrolled into view once shown. */
export function renderSourceViewer({ source, quotes, current, onSelectQuote, proposals }: SourceViewerOptions): SourceViewer {
  const body = renderText(source, segmentText(source.text, quotes, current), onSelectQuote);
  const currentQuote = quotes.find((q) => q.claimId === current);
  const element = el(
    'section',
    { className: 'source', testId: 'source-viewer', attrs: { 'data-source-id': source.id, 'aria-label': 'Source text' } },
    el('div', { className: 'eyebrow' }, 'Source'),
    el('h2', { testId: 'source-title', attrs: { id: 'source-reader-title' } }, source.title),
    facts(source),
    source.notes?.length ? el('ul', { className: 'notes', testId: 'source-notes' }, ...source.notes.map((note) => el('li', null, note))) : null,
    proposals ?? null,
    renderAnchorList(source.id),
    currentQuote && !currentQuote.range ? el('p', { className: 'warning' }, 'The quote was not found verbatim in this source text.') : null,
    body,
  );

  /** Marks the highlight holding the claim's quote as current; returns it. */
  function markCurrent(claimId: string | null): HTMLElement | null {
    let found: HTMLElement | null = null;
    for (const mark of body.querySelectorAll<HTMLElement>('mark.source-quote')) {
      const isCurrent = !found && claimId !== null && (mark.dataset['claimIds'] ?? '').split(' ').includes(claimId);
      mark.classList.toggle('current', isCurrent);
      mark.dataset['testid'] = isCurrent ? 'source-highlight' : 'source-quote';
      if (isCurrent) found = mark;
    }
    return found;
  }

  const first = markCurrent(current);
  // Wait until the element is in the document and laid out.
  if (first) requestAnimationFrame(() => first.scrollIntoView({ block: 'center', behavior: 'auto' }));
  return { element, setCurrent: (claimId) => markCurrent(claimId)?.scrollIntoView({ block: 'center', behavior: 'auto' }) };
}
