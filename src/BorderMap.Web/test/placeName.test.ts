import { describe, expect, it } from 'vitest';
import { placeTooltip, resolvedPlaceName } from '../src/panels/placeName';
import type { RegionSummary } from '../src/types';

const region = (id: string, name: string, kind: 'country' | 'province', country: string): [string, RegionSummary] => [id, { id, name, kind, country, focus: false }];
const regions = new Map([
  region('AF', 'Afghanistan', 'country', 'AF'),
  region('TJ', 'Tajikistan', 'country', 'TJ'),
  region('AF-BDS', 'Badakhshan', 'province', 'AF'),
  region('AF-TAK', 'Takhar', 'province', 'AF'),
  region('AF-KAB', 'Kabul', 'province', 'AF'),
]);

describe('resolvedPlaceName', () => {
  it('names the provinces a claim is placed in, not the source words', () => {
    expect(resolvedPlaceName(['AF-BDS', 'AF-TAK'], regions)).toBe('Badakhshan, Takhar');
    expect(resolvedPlaceName(['AF-KAB'], regions)).toBe('Kabul');
  });

  it('names a country only where none of its provinces is named', () => {
    expect(resolvedPlaceName(['TJ', 'AF-BDS'], regions)).toBe('Tajikistan, Badakhshan');
    expect(resolvedPlaceName(['AF', 'AF-BDS'], regions)).toBe('Badakhshan');
    expect(resolvedPlaceName(['AF'], regions)).toBe('Afghanistan');
  });

  it('has no name for unknown areas', () => {
    expect(resolvedPlaceName(['XX-1'], regions)).toBeNull();
    expect(resolvedPlaceName([], regions)).toBeNull();
  });
});

describe('placeTooltip', () => {
  it('keeps the source words beside the resolved name', () => {
    expect(placeTooltip('Badakhshan, Takhar', 'ibu kota provinsi')).toBe('Badakhshan, Takhar (in the source: “ibu kota provinsi”)');
    expect(placeTooltip('Kandahar', 'Kandahar')).toBe('Kandahar');
    expect(placeTooltip(null, 'Penerimaan')).toBe('Penerimaan');
  });
});
