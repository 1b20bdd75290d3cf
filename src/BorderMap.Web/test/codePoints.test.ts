import { describe, expect, it } from 'vitest';
import { codePointIndex, codePointLength, codePointOffset } from '../src/editor/codePoints';

// "𝔸" (U+1D538) and "😀" (U+1F600) take two UTF-16 units each; "Бадахшан" and "ا" one each.
const TEXT = 'a𝔸b😀 Бадахшан ا';

describe('code points and UTF-16 indexes', () => {
  it('count characters outside the Basic Multilingual Plane once', () => {
    expect(TEXT.length).toBe(17);
    expect(codePointLength(TEXT)).toBe(15);
  });

  it('convert offsets both ways, past surrogate pairs', () => {
    expect(codePointIndex(TEXT, 2)).toBe(3);
    expect(codePointIndex(TEXT, 4)).toBe(6);
    expect(codePointOffset(TEXT, 6)).toBe(4);
    for (let offset = 0; offset <= codePointLength(TEXT); offset++) {
      expect(codePointOffset(TEXT, codePointIndex(TEXT, offset))).toBe(offset);
    }
  });

  it('slice the same quote as the server counts it', () => {
    const start = codePointIndex(TEXT, 5);
    const end = codePointIndex(TEXT, 13);
    expect(TEXT.slice(start, end)).toBe('Бадахшан');
  });

  it('clamp offsets beyond the text', () => {
    expect(codePointIndex(TEXT, 100)).toBe(TEXT.length);
    expect(codePointOffset(TEXT, 100)).toBe(15);
  });
});
