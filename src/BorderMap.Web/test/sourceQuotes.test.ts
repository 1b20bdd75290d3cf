import { describe, expect, it } from 'vitest';
import { type ClaimQuote, numberQuotes, segmentText } from '../src/panels/sourceQuotes';

const TEXT = 'Troops crossed at Ishkashim. Guards closed the bridge. Nothing else happened.';

function quote(claimId: string, text: string, start = 0): ClaimQuote {
  return { claimId, title: claimId, quote: { text, start, end: start + text.length } };
}

describe('numberQuotes', () => {
  it('numbers quotes in reading order and puts quotes missing from the text last', () => {
    const numbered = numberQuotes(TEXT, [quote('bridge', 'Guards closed the bridge.', 29), quote('missing', 'Not in the text.'), quote('crossing', 'Troops crossed at Ishkashim.')], null);
    expect(numbered.map((q) => [q.claimId, q.number])).toEqual([
      ['crossing', 1],
      ['bridge', 2],
      ['missing', 3],
    ]);
    expect(numbered[2]?.range).toBeNull();
  });

  it('finds a quote whose recorded offsets are wrong by searching for its text', () => {
    const [only] = numberQuotes(TEXT, [quote('bridge', 'Guards closed the bridge.', 3)], null);
    expect(only?.range).toEqual([29, 54]);
  });
});

describe('segmentText', () => {
  it('keeps every character of the text, in order, around the highlights', () => {
    const numbered = numberQuotes(TEXT, [quote('bridge', 'Guards closed the bridge.', 29), quote('crossing', 'Troops crossed at Ishkashim.')], null);
    const segments = segmentText(TEXT, numbered, null);
    expect(segments.map((s) => (typeof s === 'string' ? s : s.text)).join('')).toBe(TEXT);
    expect(segments.filter((s) => typeof s !== 'string')).toHaveLength(2);
  });

  it('gives the current claim its own highlight when another quote overlaps it', () => {
    const numbered = numberQuotes(TEXT, [quote('wide', 'Ishkashim. Guards closed'), quote('current', 'Guards closed the bridge.', 29)], 'current');
    const highlights = segmentText(TEXT, numbered, 'current').filter((s) => typeof s !== 'string');
    expect(highlights).toHaveLength(1);
    expect(highlights[0]?.text).toBe('Guards closed the bridge.');
    expect(highlights[0]?.quotes.map((q) => q.claimId)).toEqual(['current', 'wide']);
  });
});
