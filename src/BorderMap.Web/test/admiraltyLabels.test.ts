import { describe, expect, it } from 'vitest';
import { admiraltyLabelStyle, admiraltyTone, ADMIRALTY_TONES } from '../src/map/admiraltyLabels';

describe('admiraltyTone', () => {
  it.each([
    ['A', 1, 'trusted'],
    ['B', 2, 'trusted'],
    ['B', null, 'trusted'],
    ['B', 3, 'doubtful'],
    ['C', 1, 'doubtful'],
    ['F', 2, 'doubtful'],
    [null, 2, 'doubtful'],
    ['E', 1, 'untrusted'],
    ['A', 5, 'untrusted'],
    [null, 5, 'untrusted'],
  ] as const)('a source rated %s and a claim rated %s read as %s', (reliability, credibility, tone) => {
    expect(admiraltyTone(reliability, credibility)).toBe(tone);
  });
});

describe('admiraltyLabelStyle', () => {
  it('labels a rated claim with its code in its tone, under its symbol and its spread offset', () => {
    const text = admiraltyLabelStyle('E', 2, [6, -4])?.getText();
    expect(text?.getText()).toBe('E2');
    expect(text?.getFill()?.getColor()).toBe(ADMIRALTY_TONES.untrusted);
    expect(text?.getOffsetX()).toBe(6);
    expect(text?.getOffsetY()).toBeGreaterThan(0);
  });

  it('labels a claim rated only one way with what is known', () => {
    expect(admiraltyLabelStyle(undefined, 3, [0, 0])?.getText()?.getText()).toBe('3');
    expect(admiraltyLabelStyle('B', undefined, [0, 0])?.getText()?.getText()).toBe('B');
  });

  it('gives an unrated claim no label', () => {
    expect(admiraltyLabelStyle(undefined, undefined, [0, 0])).toBeNull();
  });
});
