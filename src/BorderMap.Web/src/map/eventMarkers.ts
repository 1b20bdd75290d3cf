import './eventMarkers.css';
import type OlMap from 'ol/Map';
import Overlay from 'ol/Overlay';
import LayerGroup from 'ol/layer/Group';
import { fromLonLat } from 'ol/proj';
import { isAbort } from '../api/api';
import { type EventPage, eventApi, type EventSummary } from '../api/events';
import type { Primed } from '../api/primed';
import type { PendingWork } from '../api/work';
import { el } from '../shared/dom';
import type { Store } from '../state/store';
import { type EventMarkerFilter, eventsQuery, MAX_MARKERS, markerText } from './eventMarkerText';
import { viewExtentLonLat } from './map';

/**
 * One marker per event at its derived place, for the events whose claims meet the view: the
 * number of sources and a contradiction badge, as a button that opens the event. Markers are DOM
 * overlays (buttons a keyboard reaches and a screen reader names), read page by page from
 * `/api/events?bbox=…&from=…&to=…&status=…` up to {@link MAX_MARKERS}, again when the view moves, when the
 * dates change (the date filter, or playback stepping it), when the filter's event statuses change and
 * when the store changes: an event shows while its span meets the dates and its status is ticked (if any is). `toggle` is the switchable layer behind the Layers panel's checkbox: it holds no
 * layers of its own; its visibility shows or hides the markers.
 */
/**
 * The markers' containers, which OpenLayers moves with a CSS transform on every frame of a pan: as
 * layers of their own (see eventMarkers.css) the move is the compositor's, and the page is not
 * laid out into layers again each frame (bench/RESULTS.md, "Scale").
 */
const OVERLAY_CLASS = 'ol-overlay-container ol-selectable event-marker-overlay';

export interface EventMarkers {
  toggle: LayerGroup;
  /** Reads the markers of the view again (the store changed). */
  refresh(): Promise<void>;
}

/** `primed`: the first view's first page, asked for by the entry script; the first read takes it if it asks the same. */
export function createEventMarkers(map: OlMap, work: PendingWork, filters: Pick<Store<EventMarkerFilter>, 'get' | 'subscribe'>, primed: Primed<EventPage>, onOpen: (id: string) => void): EventMarkers {
  const toggle = new LayerGroup();
  const shown = new Map<string, Overlay>();
  let request: AbortController | null = null;

  const clear = () => {
    shown.forEach((overlay) => map.removeOverlay(overlay));
    shown.clear();
  };

  const refresh = async (): Promise<void> => {
    request?.abort();
    if (!toggle.getVisible() || !map.getSize()) {
      clear();
      return;
    }
    const mine = new AbortController();
    request = mine;
    try {
      const { from, to, eventStatuses } = filters.get();
      const events = await work.track(readView(viewExtentLonLat(map), { from, to, eventStatuses }, primed, mine.signal));
      if (request !== mine) return;
      clear();
      for (const event of events) {
        if (!event.derived.point) continue;
        // Above and right of the place, so the claim symbol drawn there stays clickable.
        const overlay = new Overlay({ element: markerElement(event, onOpen), position: fromLonLat(event.derived.point), positioning: 'bottom-left', offset: [8, -8], stopEvent: true, className: OVERLAY_CLASS });
        map.addOverlay(overlay);
        shown.set(event.id, overlay);
      }
    } catch (error) {
      if (!isAbort(error)) throw error;
    }
  };

  map.on('moveend', () => void refresh().catch(() => undefined));
  toggle.on('change:visible', () => void refresh().catch(() => undefined));
  // Only a change of the dates or of the event statuses changes which markers show.
  filters.subscribe((now, before) => {
    if (now.from !== before.from || now.to !== before.to || now.eventStatuses?.join(',') !== before.eventStatuses?.join(',')) void refresh().catch(() => undefined);
  });
  return { toggle, refresh };
}

/** The events in the box, dates and statuses, page after page, at most {@link MAX_MARKERS}; the first page from `primed` if it was asked for early. */
async function readView(bbox: number[], filter: EventMarkerFilter, primed: Primed<EventPage>, signal: AbortSignal): Promise<EventSummary[]> {
  const events: EventSummary[] = [];
  let cursor: string | null = null;
  do {
    const query = eventsQuery(bbox, cursor, filter);
    const page: EventPage = await ((cursor === null ? primed.take(query) : null) ?? eventApi.page(query, signal));
    events.push(...page.events);
    cursor = page.next;
  } while (cursor && events.length < MAX_MARKERS);
  return events.slice(0, MAX_MARKERS);
}

function markerElement(event: EventSummary, onOpen: (id: string) => void): HTMLElement {
  const text = markerText(event);
  const button = el(
    'button',
    { className: `event-marker status-${event.status}`, testId: 'event-marker', attrs: { type: 'button', 'data-event-id': event.id, title: text.title, 'aria-label': text.title } },
    el('span', { className: 'event-marker-sources', testId: 'event-marker-sources' }, text.sources),
    text.disputed ? el('span', { className: 'event-marker-contradiction', testId: 'event-marker-contradiction', attrs: { 'aria-hidden': 'true' } }, '!') : null,
  );
  button.addEventListener('click', () => onOpen(event.id));
  return button;
}
