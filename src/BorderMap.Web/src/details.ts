import { cachedSource } from './api';
import { renderAreaPanel } from './areaPanel';
import type { CategoryLookup } from './categories';
import { renderClaimPanel } from './claimPanel';
import type { ClaimsLayer } from './claimsLayer';
import { el, replaceChildren } from './dom';
import { showError } from './errorBanner';
import { areaProps } from './style';
import type { Selection } from './selection';
import { renderSourceViewer } from './sourceViewer';
import type { StyleDefinition } from './types';

export interface DetailsOptions {
  root: HTMLElement;
  style: StyleDefinition;
  category: CategoryLookup;
  claims: ClaimsLayer;
  areaName: (id: string) => string | null;
  countryName: (code: string) => string | null;
}

function placeholder(): HTMLElement {
  return el(
    'div',
    { className: 'placeholder', testId: 'details-empty' },
    el('h2', null, 'Nothing selected'),
    el('p', null, 'Click a claim symbol to read its quote and source, or click an area to see its names.'),
  );
}

/**
 * The right panel: shows the current selection (claim, area or nothing) and, on request, the
 * claim's source text. A token guards against late responses for an older selection.
 */
export function createDetails(options: DetailsOptions): (selection: Selection) => void {
  const { root } = options;
  let token = 0;

  function showClaim(id: string): void {
    const claim = options.claims.get(id);
    const mine = ++token;
    if (!claim) {
      replaceChildren(root, el('p', { className: 'warning' }, `Unknown claim: ${id}`));
      return;
    }
    const panel = renderClaimPanel({
      claim,
      style: options.style,
      category: options.category,
      areaName: options.areaName,
      onShowSource: () => void showSource(id, mine),
    });
    replaceChildren(root, panel.element);
    root.scrollTop = 0;
    cachedSource(claim.source).then(
      (source) => mine === token && panel.setSource(source),
      (error: unknown) => mine === token && panel.setSource(null, error instanceof Error ? error.message : String(error)),
    );
  }

  async function showSource(id: string, mine: number): Promise<void> {
    const claim = options.claims.get(id);
    if (!claim) return;
    try {
      const source = await cachedSource(claim.source);
      if (mine !== token) return;
      replaceChildren(root, renderSourceViewer({ source, quote: claim.quote ?? null, onBack: () => showClaim(id) }));
    } catch (error) {
      showError(`Could not load source “${claim.source}”`, error);
    }
  }

  return (selection) => {
    if (!selection) {
      token++;
      replaceChildren(root, placeholder());
    } else if (selection.kind === 'claim') {
      showClaim(selection.id);
    } else {
      token++;
      replaceChildren(root, renderAreaPanel({ area: areaProps(selection.feature), countryName: options.countryName }));
      root.scrollTop = 0;
    }
  };
}
