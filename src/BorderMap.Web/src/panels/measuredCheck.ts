import { el } from '../shared/dom';
import { formatNumber } from '../shared/format';
import type { ClaimCheck } from '../types';

/** A published figure set beside a measurement (`geodata/references/measurements.json`). */
export interface ReferenceFigure {
  value: number;
  source: string;
  scope: string;
}

/**
 * A check as the server judges it: the measurement with what it was measured on and its
 * uncertainty, the published figures, and whether the stated number (read with its qualifier,
 * "more than", "about" …) fits the range they span. Older servers send only the base fields.
 */
export interface MeasuredCheck extends ClaimCheck {
  qualifier?: string;
  uncertainty?: number;
  measuredOn?: string;
  references?: ReferenceFigure[];
  low?: number;
  high?: number;
  verdict?: 'consistent' | 'inconsistent';
}

/** "km" for `borderKm`, "km²" for `areaKm2`, nothing for plain counts. */
export function unitOf(quantity: string): string {
  if (/Km2$/i.test(quantity)) return ' km²';
  if (/Km$/i.test(quantity)) return ' km';
  return '';
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The measurement beside the stated number: value ± uncertainty, the data it was measured on,
 * the published figures with their sources, and the verdict against that whole range, never
 * against the sign of the difference (coarse boundaries always measure short).
 */
export function checkLine(check: MeasuredCheck): HTMLElement {
  const unit = unitOf(check.quantity);
  const uncertainty = check.uncertainty ?? 0;
  const stated = `${check.qualifier && check.qualifier !== 'exact' ? `${check.qualifier} ` : ''}${formatNumber(check.claimed)}${unit}`;
  return el(
    'span',
    {
      className: `check${check.verdict ? ` check-${check.verdict}` : ''}`,
      testId: 'claim-check',
      attrs: { 'data-quantity': check.quantity },
    },
    'measured ',
    el('strong', { testId: 'check-uncertainty' }, `${formatNumber(round1(check.measured))} ± ${formatNumber(round1(uncertainty))}${unit}`),
    check.verdict ? el('span', { className: 'check-verdict', testId: 'check-verdict' }, check.verdict) : null,
    el(
      'span',
      { className: 'check-basis', testId: 'check-basis' },
      `${check.basis}${check.measuredOn ? ` on ${check.measuredOn}` : ''}. ± is how much the value changes when every second vertex is dropped.`,
    ),
    ...(check.references ?? []).map((r) =>
      el('span', { className: 'check-reference', testId: 'check-reference' }, `Published: ${formatNumber(r.value)}${unit} for ${r.scope} (${r.source})`),
    ),
    check.low !== undefined && check.high !== undefined && check.verdict
      ? el(
          'span',
          { className: 'check-range' },
          `“${stated}” ${check.verdict === 'consistent' ? 'fits' : 'lies outside'} the range ${formatNumber(check.low)}–${formatNumber(check.high)}${unit}`,
        )
      : null,
  );
}
