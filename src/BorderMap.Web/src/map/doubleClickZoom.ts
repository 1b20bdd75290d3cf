import DoubleClickZoom from 'ol/interaction/DoubleClickZoom';
import type MapBrowserEvent from 'ol/MapBrowserEvent';
import type { Pixel } from 'ol/pixel';

/** Two clicks further apart than this (CSS px) are two selections, not a double click. */
const MAX_DISTANCE = 6;

/**
 * OpenLayers zooms on any two clicks within 250 ms, wherever they land. Analysts (and browser
 * tests) click one claim symbol after another quickly; that must select, not zoom. This variant
 * zooms only when both clicks hit (nearly) the same spot.
 */
export class PreciseDoubleClickZoom extends DoubleClickZoom {
  private previous: Pixel | null = null;
  private last: Pixel | null = null;

  override handleEvent(event: MapBrowserEvent): boolean {
    if (event.type === 'click') {
      this.previous = this.last;
      this.last = event.pixel;
    } else if (event.type === 'dblclick') {
      const [a, b] = [this.previous, this.last];
      const near = !!a && !!b && Math.hypot((a[0] ?? 0) - (b[0] ?? 0), (a[1] ?? 0) - (b[1] ?? 0)) <= MAX_DISTANCE;
      if (!near) return true; // let the event pass on, without zooming
    }
    return super.handleEvent(event);
  }
}
