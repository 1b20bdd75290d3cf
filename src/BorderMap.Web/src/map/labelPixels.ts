import type OlMap from 'ol/Map';
import type { LabelKind, PlacedLabel } from './labelPlacement';

/** A placed label as tests see it: its text and kind, and its box in client (page) CSS pixels. */
export interface ClientLabel {
  id: string;
  text: string;
  kind: LabelKind;
  /** left, top, right, bottom */
  box: [number, number, number, number];
}

/** The placed labels' boxes in client pixels (the page does not scroll, so also page pixels). */
export function clientLabels(map: OlMap, labels: readonly PlacedLabel[]): ClientLabel[] {
  const rect = map.getViewport()?.getBoundingClientRect();
  if (!rect) return [];
  return labels.flatMap(({ id, text, kind, box }) => {
    const [minX = 0, minY = 0, maxX = 0, maxY = 0] = box;
    const topLeft = map.getPixelFromCoordinate([minX, maxY]);
    const bottomRight = map.getPixelFromCoordinate([maxX, minY]);
    if (!topLeft || !bottomRight) return [];
    const [left = 0, top = 0] = topLeft;
    const [right = 0, bottom = 0] = bottomRight;
    return [{ id, text, kind, box: [rect.left + left, rect.top + top, rect.left + right, rect.top + bottom] as [number, number, number, number] }];
  });
}
