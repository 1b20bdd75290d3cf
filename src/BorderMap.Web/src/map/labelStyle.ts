import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style, { type StyleFunction } from 'ol/style/Style';
import Text from 'ol/style/Text';
import type { LabelLook, PlacedLabel } from './labelPlacement';
import { withAlpha } from './style';
import type { AreaColours } from '../types';

/**
 * How a placed label is drawn: text centred on its placed box, with a halo, in the font its
 * box was measured with. Placement already settled collisions, so OpenLayers' own
 * decluttering stays out of it (declutterMode none): what was placed is what is drawn.
 */

const COLOURS = (colours: AreaColours): Record<LabelLook, { color: string; halo: string }> => ({
  'focus-area': { color: '#2b1d08', halo: 'rgba(255,255,255,0.92)' },
  area: { color: '#5c574f', halo: withAlpha(colours.contextFill, 0.9) },
  'core-country': { color: colours.countryStroke, halo: 'rgba(255,255,255,0.9)' },
  'neighbour-country': { color: '#7d776c', halo: colours.neighbourFill },
  town: { color: '#2d2a26', halo: 'rgba(255,255,255,0.9)' },
});

function text(label: PlacedLabel, color: string, halo: string): Text {
  return new Text({
    text: label.text,
    font: label.font,
    fill: new Fill({ color }),
    stroke: new Stroke({ color: halo, width: 3 }),
    overflow: true,
    declutterMode: 'none',
  });
}

export function labelStyle(colours: AreaColours): StyleFunction {
  const looks = COLOURS(colours);
  const cache = new Map<string, Style>();
  return (feature) => {
    const label = feature.get('label') as PlacedLabel | undefined;
    if (!label) return undefined;
    const key = `${label.look}|${label.font}|${label.text}`;
    let style = cache.get(key);
    if (!style) {
      const { color, halo } = looks[label.look];
      style = new Style({ text: text(label, color, halo) });
      cache.set(key, style);
    }
    return style;
  };
}
