import { describe, expect, it } from 'vitest';
import { type ExportContext, type ExportSettings, exportQuery } from '../src/state/exportQuery';
import { NO_FILTERS } from '../src/state/filters';

const settings: ExportSettings = {
  format: 'png',
  width: 2400,
  height: 1500,
  dpi: 200,
  paper: 'A4-landscape',
  title: 'Badakhshan',
  subtitle: '',
  lang: 'en',
  quotes: 'both',
  outlines: false,
  scope: 'view',
};
const context: ExportContext = { bbox: [66, 35, 72, 39], region: null, filters: NO_FILTERS, selectedClaim: null, hiddenLayerIds: [] };

describe('exportQuery', () => {
  it('leaves quotes at the renderer’s default (both) and sends original or translation', () => {
    expect(exportQuery(settings, context).has('quotes')).toBe(false);
    expect(exportQuery({ ...settings, quotes: 'original' }, context).get('quotes')).toBe('original');
    expect(exportQuery({ ...settings, quotes: 'translation' }, context, { width: 860 }).get('quotes')).toBe('translation');
  });

  it('asks for the preview as the same page in inches at a lower DPI', () => {
    const preview = exportQuery(settings, context, { width: 860 });
    expect(preview.get('dpi')).toBe('72');
    expect(Number(preview.get('width')) / Number(preview.get('dpi'))).toBeCloseTo(2400 / 200, 1);
  });

  it('exports the layers shown on the map: hidden towns and rivers stay out, the rest are named', () => {
    expect(exportQuery(settings, context).has('layers')).toBe(false);
    const query = exportQuery(settings, { ...context, hiddenLayerIds: ['towns', 'rivers'] });
    expect(query.get('layers')).toBe('countries,provinces,claims');
  });
});
