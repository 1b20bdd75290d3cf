import './timeFilter.css';
import type { PendingWork } from '../api/work';
import { AT_LEAST_TITLE } from '../shared/countBound';
import { el, replaceChildren } from '../shared/dom';
import type { Filters } from '../state/filters';
import { formatDate } from '../shared/format';
import type { Store } from '../state/store';
import { svg } from '../shared/svg';
import { CHART_HEIGHT, drawAxis, drawBars } from './histogramChart';
import { CHART_WIDTH, type DayBin, fullScale, type HistogramView, loadMonths, loadView, type PrimedHistogram } from './histogramData';
import { latestRequest } from './latestRequest';
import { dayNumber, isoDate, linearScale, type TimeScale } from './timeScale';
import { wireWheelZoom, type Zoom, type ZoomContext, zoomControls } from './timeZoom';

/**
 * The time filter: a histogram of claim dates (counted by the store) with a two-handle range
 * slider over it, plus two date fields for exact values. The pale bars count every claim, the
 * dark bars the claims that pass all filters. Handles at the collection's ends mean "open" (no
 * bound). The axis is broken over long empty stretches and can be zoomed (`timeZoom.ts`).
 */

const STEPS = 1000;
const DEBOUNCE_MS = 90;

export interface TimeFilter {
  /** The store changed: the histogram (and the date extent) is asked for again. */
  refresh(): void;
  /** The collection's first and last day on the axis, once the histogram has loaded. */
  extent(): readonly [number, number] | null;
}

interface Parts {
  chart: SVGSVGElement;
  box: HTMLElement;
  axis: HTMLElement;
  fromHandle: HTMLInputElement;
  toHandle: HTMLInputElement;
  fromInput: HTMLInputElement;
  toInput: HTMLInputElement;
  reset: HTMLButtonElement;
  summary: HTMLElement;
  /** Says, when it is so, that the dark bars are lower bounds. */
  bound: HTMLElement;
}

function rangeInput(testId: string, label: string): HTMLInputElement {
  return el('input', { className: 'range-handle', testId, attrs: { type: 'range', min: '0', max: String(STEPS), step: '1', 'aria-label': label } });
}

function buildParts(): Parts {
  const chart = svg('svg', { viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', class: 'histogram-chart', 'aria-hidden': 'true' });
  const fromHandle = rangeInput('time-from-handle', 'Earliest date');
  const toHandle = rangeInput('time-to-handle', 'Latest date');
  const box = el('div', { className: 'histogram', testId: 'time-histogram' }, chart, el('div', { className: 'dual-range' }, fromHandle, toHandle));
  return {
    chart,
    box,
    axis: el('div', { className: 'histogram-axis', attrs: { 'aria-hidden': 'true' } }),
    fromHandle,
    toHandle,
    fromInput: el('input', { testId: 'filter-from', attrs: { type: 'date', 'aria-label': 'From date' } }),
    toInput: el('input', { testId: 'filter-to', attrs: { type: 'date', 'aria-label': 'To date' } }),
    reset: el('button', { className: 'button-link', attrs: { type: 'button' } }, 'All dates'),
    summary: el('p', { className: 'hint', attrs: { 'aria-live': 'polite' } }),
    bound: el('p', { className: 'hint histogram-bound', testId: 'time-histogram-bound', attrs: { title: AT_LEAST_TITLE, hidden: '' } }, 'Dark bars: at least this many (counting stopped at the cap).'),
  };
}

function layOut(root: HTMLElement, parts: Parts, zoom: HTMLElement): void {
  replaceChildren(
    root,
    parts.box,
    parts.axis,
    parts.bound,
    zoom,
    el('div', { className: 'date-fields' }, el('label', null, el('span', null, 'From'), parts.fromInput), el('label', null, el('span', null, 'To'), parts.toInput)),
    el('div', { className: 'time-summary' }, parts.summary, parts.reset),
  );
}

/** Sets the filter's dates (swapped if reversed). */
function setRange(filters: Store<Filters>, from: string | null, to: string | null): void {
  if (from && to && from > to) [from, to] = [to, from];
  filters.update((f) => ({ ...f, from, to }));
}

/** The axes the handles map through: the one shown now and the whole collection's. */
interface Axes {
  scale(): TimeScale;
  full(): TimeScale;
}

/** Dragging a handle sets a date; at the collection's end it means an open end. */
function wireHandles(parts: Parts, filters: Store<Filters>, axes: Axes): void {
  const dayAt = (value: number) => axes.scale().toDay(value / STEPS);
  const { fromHandle, toHandle } = parts;
  fromHandle.addEventListener('input', () => {
    const value = Math.min(fromHandle.valueAsNumber, toHandle.valueAsNumber);
    fromHandle.valueAsNumber = value;
    const day = dayAt(value);
    setRange(filters, day <= axes.full().minDay ? null : isoDate(day), filters.get().to);
  });
  toHandle.addEventListener('input', () => {
    const value = Math.max(toHandle.valueAsNumber, fromHandle.valueAsNumber);
    toHandle.valueAsNumber = value;
    const day = dayAt(value);
    setRange(filters, filters.get().from, day >= axes.full().maxDay ? null : isoDate(day));
  });
  // Arrow keys step whole days (the slider's own steps are finer than a day in busy stretches).
  const stepDays = (handle: HTMLInputElement, which: 'from' | 'to') => (event: KeyboardEvent) => {
    const delta = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const { minDay, maxDay } = axes.full();
    const { from, to } = filters.get();
    const current = filters.get()[which];
    const day = current ? dayNumber(current) : which === 'from' ? minDay : maxDay;
    const next = Math.min(maxDay, Math.max(minDay, day + delta * (event.shiftKey ? 7 : 1)));
    if (which === 'from') setRange(filters, next <= minDay ? null : isoDate(Math.min(next, to ? dayNumber(to) : next)), to);
    else setRange(filters, from, next >= maxDay ? null : isoDate(Math.max(next, from ? dayNumber(from) : next)));
    handle.focus();
  };
  fromHandle.addEventListener('keydown', stepDays(fromHandle, 'from'));
  toHandle.addEventListener('keydown', stepDays(toHandle, 'to'));
  parts.fromInput.addEventListener('change', () => setRange(filters, parts.fromInput.value || null, filters.get().to));
  parts.toInput.addEventListener('change', () => setRange(filters, filters.get().from, parts.toInput.value || null));
  parts.reset.addEventListener('click', () => setRange(filters, null, null));
}

/** Puts the handles, the date fields and the summary in step with the filter's dates. */
function syncHandles(parts: Parts, filters: Filters, axes: Axes): void {
  const { from, to } = filters;
  const scale = axes.scale();
  const positionOf = (iso: string | null, fallback: number) => (iso ? Math.round(scale.toPosition(dayNumber(iso)) * STEPS) : fallback);
  parts.fromHandle.valueAsNumber = positionOf(from, 0);
  parts.toHandle.valueAsNumber = positionOf(to, STEPS);
  parts.fromHandle.setAttribute('aria-valuetext', from ? formatDate(from) : 'earliest');
  parts.toHandle.setAttribute('aria-valuetext', to ? formatDate(to) : 'latest');
  if (parts.fromInput.value !== (from ?? '')) parts.fromInput.value = from ?? '';
  if (parts.toInput.value !== (to ?? '')) parts.toInput.value = to ?? '';
  // Keep the handle last dragged to an end on top, so it can be dragged back.
  parts.fromHandle.classList.toggle('on-top', parts.fromHandle.valueAsNumber >= STEPS - 2);
  parts.summary.textContent = from || to ? `${from ? formatDate(from) : 'Earliest'} – ${to ? formatDate(to) : 'latest'}` : 'All dates';
  parts.reset.hidden = !from && !to;
  parts.box.dataset['from'] = from ?? '';
  parts.box.dataset['to'] = to ?? '';
}

/** `primed`: the month bins of every claim and the first bars, if they were asked for before the time filter was wired; the first load then runs at once. */
export function renderTimeFilter(root: HTMLElement, filters: Store<Filters>, work: PendingWork, primed?: PrimedHistogram): TimeFilter {
  const parts = buildParts();
  const state: { months: DayBin[] | null; full: TimeScale; known: boolean; zoom: Zoom; view: HistogramView | null } = {
    months: null,
    known: false,
    full: linearScale(0, 1),
    zoom: null,
    view: null,
  };
  const axes: Axes = { scale: () => state.view?.scale ?? state.full, full: () => state.full };
  const chosen = (): readonly [number, number] => {
    const { from, to } = filters.get();
    return [from ? dayNumber(from) : state.full.minDay, to ? dayNumber(to) : state.full.maxDay];
  };
  const context: ZoomContext = { ...axes, zoom: () => state.zoom, chosen, setZoom: (zoom) => ((state.zoom = zoom), load.schedule()) };
  const zoom = zoomControls(context);

  function draw(): void {
    syncHandles(parts, filters.get(), axes);
    zoom.update();
    if (!state.view) return;
    drawBars(parts.chart, state.view, chosen());
    drawAxis(parts.axis, state.view.scale);
    parts.box.dataset['bin'] = state.view.bin;
    parts.box.dataset['zoomed'] = String(state.zoom !== null);
    parts.box.dataset['atLeast'] = String(state.view.matchingAtLeast);
    parts.bound.hidden = !state.view.matchingAtLeast;
  }

  const load = latestRequest(work, DEBOUNCE_MS, 'Could not load the date histogram.', async (signal) => {
    if (!state.months) {
      const months = await loadMonths(signal, primed?.months);
      if (signal.aborted) return;
      state.months = months;
      state.full = fullScale(months);
      state.known = true;
      for (const input of [parts.fromInput, parts.toInput]) {
        input.min = isoDate(state.full.minDay);
        input.max = isoDate(state.full.maxDay);
      }
    }
    const view = await loadView(state.months, state.zoom, filters.get(), state.view, signal, primed?.bars);
    if (signal.aborted) return;
    state.view = view;
    draw();
  });

  layOut(root, parts, zoom.element);
  wireHandles(parts, filters, axes);
  wireWheelZoom(parts.box, context);
  filters.subscribe((now, before) => {
    if (now.from !== before.from || now.to !== before.to) draw();
    load.schedule();
  });
  draw();
  load.schedule(primed !== undefined);
  return {
    refresh() {
      // Every bar may have changed: nothing is reused from the bars shown now.
      state.months = null;
      state.view = null;
      load.schedule();
    },
    extent: () => (state.known ? [state.full.minDay, state.full.maxDay] : null),
  };
}
