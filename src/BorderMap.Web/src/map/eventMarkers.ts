import './eventMarkers.css';
import type OlMap from 'ol/Map';
import Overlay from 'ol/Overlay';
import LayerGroup from 'ol/layer/Group';
import { fromLonLat } from 'ol/proj';
import { isAbort } from '../api/api';
import { eventApi, type EventSummary } from '../api/events';
import type { PendingWork } from '../api/work';
import { el } from '../shared/dom';
import { eventsQuery, MAX_MARKERS, markerText } from './eventMarkerText';
import { viewExtentLonLat } from './map';

/**
 * One marker per event at its derived place, for the events whose claims meet the view: the
 * number of sources and a contradiction badge, as a button that opens the event. Markers are DOM
 * overlays (buttons a keyboard reaches and a screen reader names), read page by page from
 * `/api/events?bbox=…` up to {@link MAX_MARKERS}, again when the view moves and when the store
 * changes. `toggle` is the switchable layer behind the Layers panel's checkbox: it holds no
 * layers of its own; its visibility shows or hides the markers.
 */
export interface EventMarkers {
  toggle: LayerGroup;
  /** Reads the markers of the view again (the store changed). */
  refresh(): Promise<void>;
}

/** `statuses` answers the event statuses the filters let through (null: all), read at each refresh. */
export function createEventMarkers(map: OlMap, work: PendingWork, onOpen: (id: string) => void, statuses: () => string[] | null): EventMarkers {
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
      const events = await work.track(readView(viewExtentLonLat(map), statuses(), mine.signal));
      if (request !== mine) return;
      clear();
      for (const event of events) {
        if (!event.derived.point) continue;
        // Above and right of the place, so the claim symbol drawn there stays clickable.
        const overlay = new Overlay({ element: markerElement(event, onOpen), position: fromLonLat(event.derived.point), positioning: 'bottom-left', offset: [8, -8], stopEvent: true });
        map.addOverlay(overlay);
        shown.set(event.id, overlay);
      }
    } catch (error) {
      if (!isAbort(error)) throw error;
    }
  };

  map.on('moveend', () => void refresh().catch(() => undefined));
  toggle.on('change:visible', () => void refresh().catch(() => undefined));
  return { toggle, refresh };
}

/** The events in the box, page after page, at most {@link MAX_MARKERS}. */
async function readView(bbox: number[], statuses: string[] | null, signal: AbortSignal): Promise<EventSummary[]> {
  const events: EventSummary[] = [];
  let cursor: string | null = null;
  do {
    const page = await eventApi.page(eventsQuery(bbox, cursor, statuses), signal);
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
