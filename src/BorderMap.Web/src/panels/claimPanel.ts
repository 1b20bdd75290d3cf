import type { CategoryLookup } from '../shared/categories';
import { type Child, definitionList, el, replaceChildren } from '../shared/dom';
import { capitalize, formatDate, formatEventDate, formatNumber, humanizeKey } from '../shared/format';
import { symbolImage } from '../map/symbols';
import type { ClaimCheck, ClaimProperties, SourceDocument, StyleDefinition } from '../types';
import { checkLine, unitOf } from './measuredCheck';
import { admiraltyCode, describeCredibility, reliabilityBadge } from './reliability';

export interface ClaimPanelOptions {
  claim: ClaimProperties;
  style: StyleDefinition;
  category: CategoryLookup;
  /** English name of an area id, if known ("AF-BDS" → "Badakhshan"). */
  areaName: (id: string) => string | null;
  onShowSource: () => void;
  /** More buttons for the action row (edit, history, delete). */
  actions?: HTMLElement[];
  /** Shown under the action row (a delete confirmation, a conflict). */
  footer?: HTMLElement | null;
}

export interface ClaimPanel {
  element: HTMLElement;
  /** Fills in the source line once the source document has loaded (or failed to). */
  setSource: (source: SourceDocument | null, error?: string) => void;
}

function numbersList(numbers: Record<string, number> | null | undefined, checks: ClaimCheck[]): Child {
  const entries = Object.entries(numbers ?? {});
  const unmatched = checks.filter((c) => !(c.quantity in (numbers ?? {})));
  if (entries.length === 0 && unmatched.length === 0) return null;
  return el(
    'ul',
    { className: 'inline-list numbers' },
    ...entries.map(([key, value]) => {
      const check = checks.find((c) => c.quantity === key);
      return el(
        'li',
        null,
        `${humanizeKey(key)}: `,
        el('strong', null, typeof value === 'number' ? `${formatNumber(value)}${check ? unitOf(key) : ''}` : String(value)),
        ...(check ? [' · ', checkLine(check)] : []),
      );
    }),
    ...unmatched.map((check) => el('li', null, `${humanizeKey(check.quantity)}: stated ${formatNumber(check.claimed)} · `, checkLine(check))),
  );
}

/** The selected claim: everything needed to judge it, quote first. All data goes in as text. */
export function renderClaimPanel(options: ClaimPanelOptions): ClaimPanel {
  const { claim, style } = options;
  const category = options.category(claim.category);
  const precisionLabel = style.geoPrecision[String(claim.geoPrecision)] ?? `level ${claim.geoPrecision}`;

  const sourceLine = el('span', { testId: 'claim-source', className: 'loading' }, claim.source);
  const showInSource = el('button', { testId: 'show-in-source', className: 'button', attrs: { type: 'button' } }, 'Show in source');
  showInSource.addEventListener('click', options.onShowSource);

  const areas = (claim.areas ?? []).map((id) => {
    const name = options.areaName(id);
    return name ? `${name} (${id})` : id;
  });

  const element = el(
    'section',
    { className: 'card claim', testId: 'claim-panel', attrs: { 'data-claim-id': claim.id, 'aria-label': 'Selected claim' } },
    el(
      'div',
      { className: 'eyebrow' },
      symbolImage(category, 18),
      el('span', { className: 'category', attrs: { 'data-category': category.id } }, category.label),
      el('span', { className: `status status-${claim.status}` }, capitalize(String(claim.status ?? ''))),
    ),
    el('h2', { testId: 'claim-title' }, claim.title),
    el('blockquote', { testId: 'claim-quote', className: 'quote', attrs: { cite: `#source-${claim.source}` } }, claim.quote?.text ?? ''),
    claim.translation
      ? el('p', { testId: 'claim-translation', className: 'translation', attrs: { lang: 'en' } }, claim.translation)
      : el('p', { testId: 'claim-translation', className: 'translation muted' }, 'No translation recorded.'),
    definitionList([
      ['Source', sourceLine],
      ['Event date', el('span', { testId: 'claim-date' }, formatEventDate(claim.eventDate, claim.endDate, claim.timePrecision))],
      ['Reported', claim.reportedDate ? formatDate(claim.reportedDate) : null],
      [
        'Geo-precision',
        [el('span', { testId: 'claim-precision' }, precisionLabel), ' ', el('span', { className: 'muted' }, `(${claim.geoPrecision})`)],
      ],
      ['Place', claim.place],
      ['Areas', areas.length ? areas.join(', ') : null],
      ['Actors', claim.actors?.length ? claim.actors.join(', ') : null],
      ['Status', capitalize(String(claim.status ?? ''))],
      ['Credibility', el('span', { testId: 'claim-credibility' }, describeCredibility(claim.credibility))],
      ['Numbers', numbersList(claim.numbers, Array.isArray(claim.checks) ? claim.checks : [])],
      ['Note', claim.note ? el('span', { className: 'note' }, claim.note) : null],
    ]),
    el('div', { className: 'actions' }, showInSource, ...(options.actions ?? [])),
    options.footer ?? null,
  );

  return {
    element,
    setSource(source, error) {
      sourceLine.classList.remove('loading');
      if (source) {
        const code = admiraltyCode((source as SourceDocument & { reliability?: string | null }).reliability, claim.credibility);
        replaceChildren(sourceLine,
          el('span', { className: 'source-title' }, source.title),
          source.publisher ? el('span', { className: 'muted' }, ` — ${source.publisher}`) : null,
          ' · ',
          reliabilityBadge((source as SourceDocument & { reliability?: string | null }).reliability),
          code ? el('span', { className: 'admiralty', testId: 'claim-admiralty', attrs: { title: 'Admiralty code: source reliability and information credibility' } }, ` · ${code}`) : null,
        );
      } else {
        replaceChildren(sourceLine, claim.source, el('span', { className: 'muted' }, ` (${error ?? 'unavailable'})`));
      }
    },
  };
}
