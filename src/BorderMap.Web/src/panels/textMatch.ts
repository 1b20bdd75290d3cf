/** Case- and accent-insensitive text matching for the local search boxes. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase();
}

/** Whether every word of the query occurs in the haystack (both folded by the caller or not). */
export function matchesWords(haystack: string, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = fold(haystack);
  return words.every((word) => text.includes(word));
}
