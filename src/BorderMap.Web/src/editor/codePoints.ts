/**
 * Quote offsets are Unicode code points (as the server counts them); JavaScript strings index
 * UTF-16 code units, where a character outside the Basic Multilingual Plane (many emoji, some
 * scripts) takes two. These convert between the two. Pure functions.
 */

/** UTF-16 index of a code point offset into `text` (clamped to the text). */
export function codePointIndex(text: string, codePoints: number): number {
  let index = 0;
  for (let n = 0; n < codePoints && index < text.length; n++) {
    const cp = text.codePointAt(index) ?? 0;
    index += cp > 0xffff ? 2 : 1;
  }
  return index;
}

/**
 * Code point offset of a UTF-16 index into `text`. An index inside a surrogate pair counts the
 * whole character (a selection never splits one in practice).
 */
export function codePointOffset(text: string, utf16Index: number): number {
  let count = 0;
  let index = 0;
  const stop = Math.min(utf16Index, text.length);
  while (index < stop) {
    const cp = text.codePointAt(index) ?? 0;
    index += cp > 0xffff ? 2 : 1;
    count++;
  }
  return count;
}

/** Number of code points in `text`. */
export function codePointLength(text: string): number {
  return codePointOffset(text, text.length);
}
