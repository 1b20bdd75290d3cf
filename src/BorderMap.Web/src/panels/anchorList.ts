import { api } from '../api/api';
import { el, replaceChildren } from '../shared/dom';
import type { QuoteAnchor } from '../api/anchorTypes';

const STATUS_TEXT: Record<QuoteAnchor['status'], string> = {
  exact: 'exact: same text, same place',
  moved: 'moved: same text, new place',
  fuzzy: 'fuzzy: a close match',
  orphaned: 'orphaned: not found',
};

function reviewText(anchor: QuoteAnchor): string {
  if (anchor.awaitsReview) return 'waiting for review';
  if (anchor.review) return `${anchor.review}${anchor.reviewedBy ? ` by ${anchor.reviewedBy}` : ''}`;
  return anchor.status === 'orphaned' ? 'stays on the old version' : 'moved to this version';
}

/** One re-anchored quote: status, old beside new, and Accept / Reject while it waits for review. */
function anchorItem(anchor: QuoteAnchor): HTMLElement {
  const item = el('li', { className: `anchor anchor-${anchor.status}`, testId: 'source-anchor', attrs: { 'data-claim-id': anchor.claimId, 'data-status': anchor.status } });
  const render = (current: QuoteAnchor, error?: string): void => {
    const buttons = current.awaitsReview ? (['accept', 'reject'] as const).map((decision) => decide(current, decision)) : [];
    replaceChildren(
      item,
      el('div', { className: 'anchor-head' }, el('strong', null, current.claimId), ' · ', STATUS_TEXT[current.status], ' · ', el('span', { testId: 'anchor-review' }, reviewText(current))),
      el(
        'div',
        { className: 'anchor-sides' },
        el('blockquote', { className: 'anchor-old', testId: 'anchor-old' }, current.oldQuote.text),
        el('blockquote', { className: 'anchor-new', testId: 'anchor-new' }, current.newQuote?.text ?? '—'),
      ),
      buttons.length ? el('div', { className: 'row' }, ...buttons) : null,
      error ? el('p', { className: 'warning' }, error) : null,
    );
  };
  const decide = (current: QuoteAnchor, decision: 'accept' | 'reject'): HTMLButtonElement => {
    const button = el('button', { className: 'button', testId: `anchor-${decision}`, attrs: { type: 'button' } }, decision === 'accept' ? 'Accept' : 'Reject');
    button.addEventListener('click', () => {
      button.disabled = true;
      api.reviewAnchor(current.toSource, current.claimId, decision).then(
        (reviewed) => render(reviewed),
        (error: unknown) => render(current, error instanceof Error ? error.message : String(error)),
      );
    });
    return button;
  };
  render(anchor);
  return item;
}

/**
 * The quotes re-anchored into this source version, old beside new, loaded once shown; nothing
 * when the source is no correction. All quote text goes in as text.
 */
export function renderAnchorList(sourceId: string): HTMLElement {
  const section = el('section', { className: 'anchors', testId: 'source-anchors', attrs: { hidden: '' } });
  api.anchors(sourceId).then(
    (page) => {
      if (page.anchors.length === 0) return;
      const waiting = page.anchors.filter((a) => a.awaitsReview).length;
      replaceChildren(
        section,
        el('h3', null, `Quotes re-anchored from ${page.anchors[0]?.fromSource ?? 'the previous version'}`),
        el('p', { className: 'muted' }, `${page.anchors.length} quotes${waiting ? `, ${waiting} waiting for review` : ''}${page.next ? ' (first page)' : ''}`),
        el('ul', { className: 'plain-list' }, ...page.anchors.map(anchorItem)),
      );
      section.hidden = false;
    },
    () => undefined, // An older server without source versions: nothing to show.
  );
  return section;
}
