import { codePointIndex } from '../editor/codePoints';
import type { Quote } from '../types';

/**
 * Where the quotes of the claims citing a source sit in its text, numbered in reading order, for
 * the source reader. Pure: the reader renders what this decides, the unit tests check it.
 */

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

export interface ClaimQuote {
  claimId: string;
  title: string;
  quote: Quote;
}

export interface NumberedQuote extends ClaimQuote {
  /** 1, 2, … in the order the quotes start in the text; quotes not found in it come last. */
  number: number;
  /** UTF-16 [start, end) in the text, or null when the quote is not in it verbatim. */
  range: [number, number] | null;
}

/** A stretch of the text: plain, or one highlighted quote with the numbers of every quote it holds. */
export type Segment = string | { text: string; quotes: NumberedQuote[] };

/** Numbers the quotes (one per claim) by where they start; ties keep `current` first. */
export function numberQuotes(text: string, quotes: ClaimQuote[], current: string | null): NumberedQuote[] {
  const byClaim = new Map(quotes.map((q) => [q.claimId, q]));
  const located = [...byClaim.values()].map((q) => ({ ...q, range: locateQuote(text, q.quote) }));
  const start = (q: (typeof located)[number]) => q.range?.[0] ?? Number.POSITIVE_INFINITY;
  located.sort((a, b) => start(a) - start(b) || Number(b.claimId === current) - Number(a.claimId === current) || a.claimId.localeCompare(b.claimId));
  return located.map((q, index) => ({ ...q, number: index + 1 }));
}

/**
 * Cuts the text into plain stretches and highlighted quotes. Quotes that overlap one already
 * highlighted (two claims quoting the same sentence) join its highlight rather than split it;
 * the current claim's quote is highlighted first, so it is always a highlight of its own.
 */
export function segmentText(text: string, quotes: NumberedQuote[], current: string | null): Segment[] {
  const placed = quotes.filter((q) => q.range);
  placed.sort((a, b) => Number(b.claimId === current) - Number(a.claimId === current) || a.number - b.number);
  const highlights: Array<{ range: [number, number]; quotes: NumberedQuote[] }> = [];
  for (const quote of placed) {
    const [start, end] = quote.range!;
    const overlapping = highlights.find((h) => start < h.range[1] && h.range[0] < end);
    if (overlapping) overlapping.quotes.push(quote);
    else highlights.push({ range: [start, end], quotes: [quote] });
  }
  highlights.sort((a, b) => a.range[0] - b.range[0]);
  const segments: Segment[] = [];
  let at = 0;
  for (const { range, quotes: held } of highlights) {
    if (range[0] > at) segments.push(text.slice(at, range[0]));
    segments.push({ text: text.slice(range[0], range[1]), quotes: held });
    at = range[1];
  }
  if (at < text.length) segments.push(text.slice(at));
  return segments;
}
