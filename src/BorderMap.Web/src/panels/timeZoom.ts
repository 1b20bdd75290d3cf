import { el } from '../shared/dom';
import { MIN_ZOOM_DAYS, type TimeScale, zoomSpan } from './timeScale';

/**
 * Zooming the histogram's time axis: the mouse wheel over the chart zooms around the pointer;
 * the buttons (keyboard reachable) zoom in and out around the middle, zoom to the chosen dates,
 * and go back to the whole, broken axis. Zooming in from the broken axis shows the busy stretch
 * there on a linear axis; zooming out past the whole collection returns to the broken axis.
 */

export type Zoom = readonly [number, number] | null;

export interface ZoomContext {
  /** The axis shown now, and the whole (broken) one. */
  scale(): TimeScale;
  full(): TimeScale;
  zoom(): Zoom;
  setZoom(zoom: Zoom): void;
  /** The dates chosen in the filter, as days (open ends at the collection's ends). */
  chosen(): readonly [number, number];
}

/** The span after zooming in or out by `factor` around `day`. */
export function zoomAt(context: ZoomContext, day: number, factor: number): Zoom {
  const full = context.full();
  const extent = [full.minDay, full.maxDay] as const;
  const zoom = context.zoom();
  if (zoom) return zoomSpan(zoom, extent, day, factor);
  if (factor >= 1) return null;
  // From the broken axis: the busy stretch around the day, when it is a real zoom.
  const segment = full.segments.find((s) => day >= s.startDay && day <= s.endDay);
  const pad = segment ? Math.max(3, Math.round((segment.endDay - segment.startDay) * 0.05)) : 0;
  if (segment && segment.endDay - segment.startDay + 2 * pad < (extent[1] - extent[0]) * factor) {
    return zoomSpan([segment.startDay - pad, segment.endDay + pad], extent, day, 1);
  }
  return zoomSpan(extent, extent, day, factor);
}

function zoomButton(label: string, text: string, testId: string, onClick: () => void): HTMLButtonElement {
  const button = el('button', { className: 'zoom-button', testId, attrs: { type: 'button', 'aria-label': label, title: label } }, text);
  button.addEventListener('click', onClick);
  return button;
}

/** The zoom buttons; `update()` enables those that would change something. */
export function zoomControls(context: ZoomContext): { element: HTMLElement; update(): void } {
  const middle = () => context.scale().toDay(0.5);
  const zoomIn = zoomButton('Zoom into the time axis', '+', 'time-zoom-in', () => context.setZoom(zoomAt(context, middle(), 0.5)));
  const zoomOut = zoomButton('Zoom out of the time axis', '−', 'time-zoom-out', () => context.setZoom(zoomAt(context, middle(), 2)));
  const toDates = zoomButton('Zoom the time axis to the chosen dates', 'Zoom to dates', 'time-zoom-dates', () => {
    const [from, to] = context.chosen();
    const full = context.full();
    const pad = Math.max(1, Math.round((to - from) * 0.05));
    context.setZoom(zoomSpan([from - pad, to + pad], [full.minDay, full.maxDay], (from + to) / 2, 1));
  });
  const all = zoomButton('Show the whole time axis', 'All', 'time-zoom-reset', () => context.setZoom(null));
  return {
    element: el('div', { className: 'time-zoom', attrs: { role: 'group', 'aria-label': 'Time axis zoom' } }, zoomOut, zoomIn, toDates, all),
    update() {
      const zoom = context.zoom();
      const full = context.full();
      const [from, to] = context.chosen();
      zoomOut.disabled = zoom === null;
      all.disabled = zoom === null;
      zoomIn.disabled = zoom !== null && zoom[1] - zoom[0] <= MIN_ZOOM_DAYS;
      toDates.disabled = from <= full.minDay && to >= full.maxDay;
    },
  };
}

/** The wheel over the chart zooms around the day under the pointer. */
export function wireWheelZoom(target: HTMLElement, context: ZoomContext): void {
  target.addEventListener(
    'wheel',
    (event) => {
      if (event.deltaY === 0) return;
      const box = target.getBoundingClientRect();
      const day = context.scale().toDay((event.clientX - box.left) / Math.max(1, box.width));
      const next = zoomAt(context, day, event.deltaY < 0 ? 0.5 : 2);
      const now = context.zoom();
      // Past the last zoom step the wheel scrolls the panel as usual.
      if (next === now || (next && now && next[0] === now[0] && next[1] === now[1])) return;
      event.preventDefault();
      context.setZoom(next);
    },
    { passive: false },
  );
}
