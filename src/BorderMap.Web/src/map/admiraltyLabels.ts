import Fill from 'ol/style/Fill';
import Stroke from 'ol/style/Stroke';
import Style from 'ol/style/Style';
import Text from 'ol/style/Text';
import { admiraltyCode } from '../panels/reliability';
import type { Offset } from './spread';
import { FONT_STACK } from './style';
import { nominalSymbolRadius } from './symbols';

/**
 * The Admiralty code of each single claim on the map ("B2": its source's reliability letter and
 * its own credibility digit), shown under its symbol when the analyst asks for it, coloured by
 * how far the pair can be trusted, so unreliable reports stand out at a glance without hiding
 * them. Claims rated neither way carry no label.
 */

/** Label colours: trusted, doubtful and untrusted, on the map's white halo. */
export const ADMIRALTY_TONES = { trusted: '#1a6b35', doubtful: '#8a5a00', untrusted: '#b01d2b' } as const;

export type AdmiraltyTone = keyof typeof ADMIRALTY_TONES;

/**
 * How a claim's code is coloured: untrusted when its source is rated E (unreliable) or its
 * credibility 5 (improbable); trusted when the source is A or B and the claim, if rated, 1 or 2;
 * doubtful otherwise (C, D, F, 3, 4, 6, or only one of the two rated).
 */
export function admiraltyTone(reliability: string | null | undefined, credibility: number | null | undefined): AdmiraltyTone {
  if (reliability === 'E' || credibility === 5) return 'untrusted';
  const trustedSource = reliability === 'A' || reliability === 'B';
  const trustedClaim = credibility === undefined || credibility === null || credibility <= 2;
  return trustedSource && trustedClaim ? 'trusted' : 'doubtful';
}

const cache = new Map<string, Style>();
const CACHE_LIMIT = 500;

/** The label under a claim's symbol (following its spread offset), or null when the claim is not rated. */
export function admiraltyLabelStyle(reliability: string | null | undefined, credibility: number | null | undefined, offset: Offset): Style | null {
  const code = admiraltyCode(reliability, credibility);
  if (!code) return null;
  const tone = admiraltyTone(reliability, credibility);
  const key = `${code}|${tone}|${offset[0]},${offset[1]}`;
  let style = cache.get(key);
  if (!style) {
    style = new Style({
      zIndex: 4,
      text: new Text({
        text: code,
        font: `700 10px ${FONT_STACK}`,
        fill: new Fill({ color: ADMIRALTY_TONES[tone] }),
        stroke: new Stroke({ color: '#ffffff', width: 3 }),
        offsetX: offset[0],
        offsetY: offset[1] + nominalSymbolRadius() + 8,
        textBaseline: 'middle',
        declutterMode: 'none',
      }),
    });
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, style);
  }
  return style;
}
