import type { CategoryStyle, StyleDefinition } from '../types';

/** Looks up a category's style; categories missing from the style definition get a neutral one. */
export type CategoryLookup = (id: string) => CategoryStyle;

const FALLBACK_COLOR = '#6b6b6b';

export function categoryLookup(style: StyleDefinition): CategoryLookup {
  const known = new Map(style.categories.map((c) => [c.id, c]));
  const fallbacks = new Map<string, CategoryStyle>();
  return (id) => {
    const hit = known.get(id);
    if (hit) return hit;
    let fallback = fallbacks.get(id);
    if (!fallback) {
      fallback = { id, label: id || 'Uncategorised', color: FALLBACK_COLOR, symbol: 'circle' };
      fallbacks.set(id, fallback);
    }
    return fallback;
  };
}

/** Style-definition categories in their defined order, then any unknown ones found in the data. */
export function orderedCategories(style: StyleDefinition, used: Iterable<string>, lookup: CategoryLookup): CategoryStyle[] {
  const result = [...style.categories];
  const seen = new Set(result.map((c) => c.id));
  for (const id of used) {
    if (!seen.has(id)) {
      seen.add(id);
      result.push(lookup(id));
    }
  }
  return result;
}
