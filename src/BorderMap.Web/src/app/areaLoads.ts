import type { PreparedBaseMap, PreparedFeature } from '../map/preparedGeoJson';
import type { LayerInfo } from '../types';

/** What loading the area layers does with each layer's features, each failure, and the set once every layer is in. */
export interface AreaLoadSteps {
  /** Puts one layer's features on the map. */
  add: (info: LayerInfo, layer: PreparedFeature[]) => void;
  /** Reports one layer that could not be loaded (the banner). */
  fail: (info: LayerInfo, error: unknown) => void;
  /** Runs once every layer has loaded or failed: derives what needs them all together (the focus and core countries). */
  allSettled: () => void;
}

/**
 * Loads every area layer from the base map answer, each on its own (a missing layer fails alone),
 * and runs `allSettled` as soon as the last of them is in, in the same task: the area image is then
 * first drawn with the countries' final styles, once, in the frame after the base map answered,
 * and not drawn again when the claims' counts and list (slower at a million claims) come in.
 * Answers one promise per layer, rejected if that layer failed.
 */
export function loadAreaLayers(infos: LayerInfo[], baseMap: Promise<PreparedBaseMap>, steps: AreaLoadSteps): Promise<void>[] {
  const loads = infos.map(async (info) => {
    try {
      const layer = (await baseMap).layers[info.id];
      if (!layer) throw new Error(`The base map has no “${info.id}” layer.`);
      steps.add(info, layer);
    } catch (error) {
      steps.fail(info, error);
      throw error;
    }
  });
  void Promise.allSettled(loads).then(steps.allSettled);
  return loads;
}
