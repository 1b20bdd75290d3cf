import { api, cachedSource } from '../api/api';
import type { PendingWork } from '../api/work';
import { el } from '../shared/dom';
import type { SelectionStore } from '../state/selection';
import type { ClaimPage, ClaimProperties, SourceDocument } from '../types';
import { showError } from './errorBanner';
import { type ClaimQuote, type NumberedQuote, numberQuotes } from './sourceQuotes';
import { renderSourceViewer } from './sourceViewer';
import './sourceReader.css';

/**
 * The source reader: a source's full text in a wide modal dialog over the map and the panels,
 * with the quote of every claim citing it highlighted and numbered (the claims come from
 * `/api/claims?source=`, one bounded page). Clicking a number or a quote selects its claim.
 * Being a modal `dialog`, it keeps focus inside and Escape closes it; focus then returns to
 * where it was.
 */

/** The most claims of one source whose quotes are numbered; a source quoted more often says so. */
const QUOTE_LIMIT = 200;

export interface SourceReaderOptions {
  /** The claim the reader is opened from; its quote is the current one. */
  claim: ClaimProperties;
  work: PendingWork;
  selection: SelectionStore;
  /** "Propose claims from this source", for editors; `close` shuts the reader before the editor opens. */
  proposals: ((sourceId: string, close: () => void) => HTMLElement) | null;
  /** Whether the panel still wants the reader once the source arrived (the selection may have moved on). */
  stillWanted: () => boolean;
  /** Where focus goes on close when the element focused before is gone. */
  fallbackFocus: () => HTMLElement | null;
}

interface Loaded {
  source: SourceDocument;
  page: ClaimPage<ClaimProperties> | null;
}

function quotesOf(claim: ClaimProperties, page: ClaimPage<ClaimProperties> | null): ClaimQuote[] {
  const claims = [claim, ...(page?.features.map((f) => f.properties) ?? [])];
  return claims.filter((c) => c.quote?.text).map((c) => ({ claimId: c.id, title: c.title, quote: c.quote }));
}

function quoteList(quotes: NumberedQuote[], onSelect: (claimId: string) => void): HTMLOListElement {
  return el(
    'ol',
    { className: 'reader-quotes', testId: 'source-quote-list' },
    ...quotes.map((quote) => {
      const button = el('button', { className: 'reader-quote', attrs: { type: 'button', 'data-claim-id': quote.claimId } }, el('span', { className: 'quote-number' }, String(quote.number)), quote.title);
      button.addEventListener('click', () => onSelect(quote.claimId));
      return el('li', quote.range ? null : { className: 'missing', attrs: { title: 'Not found verbatim in the text' } }, button);
    }),
  );
}

function readerNote(quotes: NumberedQuote[], page: ClaimPage<ClaimProperties> | null): string {
  if (!page) return 'Could not list the other claims quoting this source; only this claim’s quote is highlighted.';
  const count = `${quotes.length} ${quotes.length === 1 ? 'claim quotes' : 'claims quote'} this source`;
  return page.next ? `${count} (the first ${QUOTE_LIMIT} are numbered)` : count;
}

function buildDialog(loaded: Loaded, options: SourceReaderOptions, close: () => void): { dialog: HTMLDialogElement; follow: (claimId: string) => boolean } {
  const current = options.claim.id;
  const quotes = numberQuotes(loaded.source.text, quotesOf(options.claim, loaded.page), current);
  const select = (claimId: string) => options.selection.set({ kind: 'claim', id: claimId });
  const viewer = renderSourceViewer({ source: loaded.source, quotes, current, onSelectQuote: select, proposals: options.proposals?.(loaded.source.id, close) ?? null });
  const list = quoteList(quotes, select);
  const back = el('button', { className: 'button button-quiet', testId: 'source-reader-close', attrs: { type: 'button', autofocus: '' } }, '← Back to claim');
  back.addEventListener('click', close);
  const dialog = el(
    'dialog',
    { className: 'source-reader', testId: 'source-reader', attrs: { 'aria-labelledby': 'source-reader-title' } },
    el('div', { className: 'reader-head' }, back, el('span', { className: 'hint', testId: 'source-reader-note' }, readerNote(quotes, loaded.page))),
    el('div', { className: 'reader-body' }, viewer.element, el('aside', { className: 'reader-side', attrs: { 'aria-label': 'Quotes from this source' } }, list)),
  );
  const follow = (claimId: string) => {
    if (!quotes.some((q) => q.claimId === claimId)) return false;
    viewer.setCurrent(claimId);
    for (const button of list.querySelectorAll<HTMLElement>('.reader-quote')) button.toggleAttribute('aria-current', button.dataset['claimId'] === claimId);
    return true;
  };
  follow(current);
  return { dialog, follow };
}

const FOCUSABLE = 'button:not([disabled]), a[href], input, select, textarea, [tabindex="0"]';

/**
 * Tab and Shift+Tab cycle inside the reader. A modal dialog already makes the page behind it
 * inert; this keeps the focus from leaving for the browser's own controls as well.
 */
function trapFocus(dialog: HTMLDialogElement): void {
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const focusable = [...dialog.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((e) => e.checkVisibility());
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const leaving = event.shiftKey ? document.activeElement === first : document.activeElement === last;
    if (!first || !last || !leaving) return;
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  });
}

async function load(claim: ClaimProperties, work: PendingWork): Promise<Loaded> {
  // Without the list (an older server, a failed request) the reader still shows this claim's quote.
  const page = api.claimsOfSource(claim.source, QUOTE_LIMIT).catch(() => null);
  const [source, claims] = await work.track(Promise.all([cachedSource(claim.source), page]));
  return { source, page: claims };
}

export async function openSourceReader(options: SourceReaderOptions): Promise<void> {
  let loaded: Loaded;
  try {
    loaded = await load(options.claim, options.work);
  } catch (error) {
    showError(`Could not load source “${options.claim.source}”`, error);
    return;
  }
  if (!options.stillWanted()) return;
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const close = () => dialog.close();
  const { dialog, follow } = buildDialog(loaded, options, close);
  // Another selection (the map behind is inert, but Back and Forward still change it) ends the reading.
  const unsubscribe = options.selection.subscribe((selected) => {
    if (selected?.kind !== 'claim' || !follow(selected.id)) close();
  });
  dialog.addEventListener('close', () => {
    unsubscribe();
    dialog.remove();
    (opener?.isConnected ? opener : options.fallbackFocus())?.focus();
  });
  trapFocus(dialog);
  document.body.append(dialog);
  dialog.showModal();
}
