import { describe, expect, it } from 'vitest';
import { type DraftValues, EMPTY_DRAFT, errorField, featureOf, splitActors, suggestedPrecision, valuesOf } from '../src/editor/claimDraft';
import type { ClaimProperties } from '../src/types';

const DRAFT: DraftValues = {
  ...EMPTY_DRAFT,
  source: 'tj-af-border-2021-07-05',
  quote: { text: '1.037 tentara', start: 120, end: 133 },
  placement: { kind: 'geometry', geometry: { type: 'Point', coordinates: [71.5, 37.2] } },
  areas: ['AF-BDS'],
  place: ' Badakhshan ',
  title: ' Afghan soldiers cross into Tajikistan ',
  category: 'troop-movement',
  actors: 'Afghan National Army; Taliban, Afghan National Army',
  eventDate: '2021-07-04',
  geoPrecision: '2',
  translation: '1,037 soldiers',
};

describe('featureOf', () => {
  it('turns the editor values into the request body, trimmed, with actors split once each', () => {
    const feature = featureOf(DRAFT, null);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [71.5, 37.2] });
    expect(feature.properties).toMatchObject({
      title: 'Afghan soldiers cross into Tajikistan',
      place: 'Badakhshan',
      actors: ['Afghan National Army', 'Taliban'],
      geoPrecision: 2,
      quote: { text: '1.037 tentara', start: 120, end: 133 },
      refs: [],
      areas: ['AF-BDS'],
      endDate: null,
      note: null,
    });
    expect(feature.id).toBeUndefined();
  });

  it('sends empty fields as null, so the server names every missing one', () => {
    const properties = featureOf(EMPTY_DRAFT, null).properties;
    expect(properties).toMatchObject({ title: null, category: null, source: null, quote: { text: null }, geoPrecision: null, eventDate: null });
    expect(properties.quote).not.toHaveProperty('start');
  });

  it("keeps an edited claim's id and stated numbers", () => {
    const base = { id: 'c1', numbers: { soldiers: 1037 } } as unknown as ClaimProperties;
    const feature = featureOf({ ...DRAFT, numbers: { soldiers: 1 } }, base);
    expect(feature.id).toBe('c1');
    expect(feature.properties).toMatchObject({ id: 'c1', numbers: { soldiers: 1037 } });
  });

  it('sends the information credibility as a number, and no grade as null', () => {
    expect(featureOf({ ...DRAFT, credibility: '2' }, null).properties.credibility).toBe(2);
    expect(featureOf(DRAFT, null).properties.credibility).toBeNull();
    expect(valuesOf({ ...featureOf({ ...DRAFT, credibility: '5' }, null).properties, id: 'c' } as ClaimProperties, null).credibility).toBe('5');
  });

  it('sends a region placement as refs and no geometry', () => {
    const feature = featureOf({ ...DRAFT, placement: { kind: 'refs', refs: ['region:AF-TAK'] } }, null);
    expect(feature.geometry).toBeNull();
    expect(feature.properties.refs).toEqual(['region:AF-TAK']);
  });
});

describe('valuesOf', () => {
  it('round-trips a stored claim through the editor unchanged', () => {
    const body = featureOf(DRAFT, null);
    const stored = { ...body.properties, id: 'c1' } as ClaimProperties;
    const values = valuesOf(stored, DRAFT.placement?.kind === 'geometry' ? DRAFT.placement.geometry : null);
    expect(featureOf(values, stored).properties).toEqual({ ...body.properties, id: 'c1' });
  });
});

describe('errorField', () => {
  it.each([
    ['quote.text', 'quote'],
    ['refs[0]', 'geometry'],
    ['areas', 'geometry'],
    ['eventDate', 'eventDate'],
    ['numbers.soldiers', null],
  ])('puts the error on %s beside %s', (key, field) => {
    expect(errorField(key)).toBe(field);
  });
});

describe('suggestedPrecision and splitActors', () => {
  it('suggests a precision from the placement', () => {
    const isCountry = (id: string) => id === 'AF';
    expect(suggestedPrecision({ kind: 'geometry', geometry: { type: 'Point', coordinates: [0, 0] } }, isCountry)).toBe(2);
    expect(suggestedPrecision({ kind: 'geometry', geometry: { type: 'LineString', coordinates: [] } }, isCountry)).toBe(3);
    expect(suggestedPrecision({ kind: 'refs', refs: ['region:AF'] }, isCountry)).toBe(4);
    expect(suggestedPrecision({ kind: 'refs', refs: ['region:AF-BDS'] }, isCountry)).toBe(3);
  });

  it('splits actors on commas, semicolons and lines, dropping blanks and repeats', () => {
    expect(splitActors('Taliban,, ANA;\nTaliban ')).toEqual(['Taliban', 'ANA']);
  });
});
