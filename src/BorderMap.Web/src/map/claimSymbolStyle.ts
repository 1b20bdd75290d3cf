import type { FeatureLike } from 'ol/Feature';
import type { StyleFunction } from 'ol/style/Style';
import type { Offset } from './spread';
import { FONT_STACK } from './style';
import { claimSymbolStyle, clusterStyle, type SymbolState } from './symbols';
import type { CategoryStyle } from '../types';

/**
 * The style function of the claim symbol layer: a claim's symbol (in its category's shape and
 * colour, at its spread offset, ringed when hovered or selected) or a cluster badge. Features
 * carry only ids (`claimId`) or badge members (`clusterIds` + `segments`); everything else is
 * asked of the layer when drawing, so a hover or a new layout needs no new features.
 */

const CLUSTER_FONT = `700 11px ${FONT_STACK}`;

export interface SymbolStyleSource {
  /** The category of a drawn claim, or null when it is not drawn (nothing to show). */
  drawnCategory(id: string): CategoryStyle | null;
  stateOf(id: string): SymbolState;
  /** The claim's symbol offset at a resolution (laid out on demand). */
  offsetAt(id: string, resolution: number): Offset;
  isHoveredBadge(feature: FeatureLike): boolean;
}

export function claimSymbolsStyle(source: SymbolStyleSource): StyleFunction {
  return (feature, resolution) => {
    const members = feature.get('clusterIds') as string[] | undefined;
    if (members) {
      const segments = feature.get('segments') as Array<readonly [string, number]>;
      return clusterStyle(members.length, segments, source.isHoveredBadge(feature) ? 'hover' : 'normal', CLUSTER_FONT);
    }
    const id = feature.get('claimId') as string;
    const category = source.drawnCategory(id);
    if (!category) return undefined;
    return claimSymbolStyle(category, source.stateOf(id), source.offsetAt(id, resolution));
  };
}
