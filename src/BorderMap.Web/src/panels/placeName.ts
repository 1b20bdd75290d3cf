import type { RegionSummary } from '../types';

/**
 * The name of the place a claim is placed at, from the areas the store resolved it to: the
 * provinces by name, and a country only where none of its provinces is named (a claim on the
 * Tajikistan–Badakhshan border reads "Tajikistan, Badakhshan", one in Kabul province "Kabul").
 * The source's own words ("ibu kota provinsi") can be a phrase or a mistranslation, so the list
 * shows this name and keeps the words for the tooltip.
 */
export function resolvedPlaceName(areas: readonly string[], regions: ReadonlyMap<string, RegionSummary>): string | null {
  const known = areas.map((id) => regions.get(id)).filter((region): region is RegionSummary => region !== undefined);
  const provinceCountries = new Set(known.filter((r) => r.kind === 'province').map((r) => r.country));
  const names = known.filter((r) => r.kind === 'province' || !provinceCountries.has(r.country)).map((r) => r.name);
  return names.length > 0 ? [...new Set(names)].join(', ') : null;
}

/** The tooltip of a place cell: the resolved name and the source's words, or just the words. */
export function placeTooltip(resolved: string | null, asWritten: string): string {
  if (!resolved) return asWritten;
  return asWritten && asWritten !== resolved ? `${resolved} (in the source: “${asWritten}”)` : resolved;
}
