import type { Placement } from '../map/placeTool';

/** How the editor describes where a claim is placed: a point's coordinates, a line's vertices, the regions and borders it names. Pure functions. */

function describeCoordinate([lon = 0, lat = 0]: number[]): string {
  return `${Math.abs(lat).toFixed(5)}° ${lat >= 0 ? 'N' : 'S'}, ${Math.abs(lon).toFixed(5)}° ${lon >= 0 ? 'E' : 'W'}`;
}

function countVertices(coordinates: unknown): number {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') return 1;
  return Array.isArray(coordinates) ? coordinates.reduce((n: number, part) => n + countVertices(part), 0) : 0;
}

function describeRef(ref: string, areaName: (id: string) => string | null): string {
  const region = /^region:(.+)$/.exec(ref)?.[1];
  const border = /^border:([^/]+)\/(.+)$/.exec(ref);
  if (region) return `Region: ${areaName(region) ?? region} (${region})`;
  if (border?.[1] && border[2]) return `Border: ${areaName(border[1]) ?? border[1]} / ${areaName(border[2]) ?? border[2]}`;
  return ref;
}

export function describePlacement(placement: Placement, areaName: (id: string) => string | null): string {
  if (placement.kind === 'refs') return placement.refs.map((ref) => describeRef(ref, areaName)).join('; ');
  const { type, coordinates } = placement.geometry;
  if (type === 'Point') return `Point at ${describeCoordinate(coordinates as number[])}`;
  if (type === 'LineString') return `Line through ${countVertices(coordinates)} points`;
  if (type === 'Polygon') return `Area with ${countVertices(coordinates) - 1} corners`;
  return `${type} with ${countVertices(coordinates)} points`;
}

/** The region a placement names alone (for the region list), if it names one region only. */
export function singleRegion(placement: Placement | null): string | undefined {
  return placement?.kind === 'refs' && placement.refs.length === 1 ? /^region:(.+)$/.exec(placement.refs[0] ?? '')?.[1] : undefined;
}
