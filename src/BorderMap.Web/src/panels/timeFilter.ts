import { el, replaceChildren } from '../shared/dom';
import type { Filters } from '../state/filters';
import { formatDate, plural } from '../shared/format';
import type { Store } from '../state/store';
import { svg } from '../shared/svg';
import { type Bin, bins, buildTimeScale, dayNumber, histogram, type Interval, isoDate, type TimeScale } from './timeScale';

/**
 * The time filter: a histogram of claim dates with a two-handle range slider over it, plus two
 * date fields for exact values. The histogram's pale bars count every claim, the dark bars the
 * claims that pass all filters. Handles at either end mean "open" (no bound).
 */

const STEPS = 1000;
const BIN_COUNT = 48;
const WIDTH = 240;
const HEIGHT = 46;

export interface TimeFilter {
  /** The date intervals of the claims passing all filters now. */
  setMatching(intervals: readonly Interval[]): void;
  /** Stops following the filters (before the filter is drawn again for a changed collection). */
  dispose(): void;
}

function rangeInput(testId: string, label: string): HTMLInputElement {
  return el('input', {
    className: 'range-handle',
    testId,
    attrs: { type: 'range', min: '0', max: String(STEPS), step: '1', 'aria-label': label },
  });
}

function axisLabel(day: number, span: number): string {
  return formatDate(isoDate(day), span > 3 * 365 ? 'year' : span > 60 ? 'month' : 'day');
}

export function renderTimeFilter(root: HTMLElement, universe: readonly Interval[], filters: Store<Filters>): TimeFilter {
  const scale: TimeScale = buildTimeScale(universe);
  const binList: Bin[] = bins(scale, BIN_COUNT);
  const totals = histogram(binList, universe);
  let matching = totals;
  const max = Math.max(1, ...totals);

  const chart = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, preserveAspectRatio: 'none', class: 'histogram-chart', 'aria-hidden': 'true' });
  const fromHandle = rangeInput('time-from-handle', 'Earliest date');
  const toHandle = rangeInput('time-to-handle', 'Latest date');
  const fromInput = el('input', { testId: 'filter-from', attrs: { type: 'date', 'aria-label': 'From date' } });
  const toInput = el('input', { testId: 'filter-to', attrs: { type: 'date', 'aria-label': 'To date' } });
  for (const input of [fromInput, toInput]) {
    input.min = isoDate(scale.minDay);
    input.max = isoDate(scale.maxDay);
  }
  const reset = el('button', { className: 'button-link', attrs: { type: 'button' } }, 'All dates');
  const summary = el('p', { className: 'hint', attrs: { 'aria-live': 'polite' } });
  const axis = el('div', { className: 'histogram-axis', attrs: { 'aria-hidden': 'true' } });

  // Axis labels at both ends and where a compressed gap ends.
  const span = scale.maxDay - scale.minDay;
  const marks: Array<[number, number]> = [[0, scale.minDay], [1, scale.maxDay]];
  for (const [, gapEnd] of scale.gaps) marks.push([gapEnd, scale.toDay(gapEnd)]);
  marks.sort((a, b) => a[0] - b[0]);
  let lastAt = -1;
  for (const [at, day] of marks) {
    if (at !== 1 && lastAt >= 0 && at - lastAt < 0.22) continue;
    if (at === 1 && lastAt >= 0 && at - lastAt < 0.22) axis.lastElementChild?.remove();
    const mark = el('span', { className: 'axis-mark' }, axisLabel(day, span));
    mark.style.left = `${at * 100}%`;
    if (at === 1) mark.classList.add('axis-end');
    if (at === 0) mark.classList.add('axis-start');
    axis.append(mark);
    lastAt = at;
  }

  const histogramBox = el(
    'div',
    { className: 'histogram', testId: 'time-histogram', attrs: { 'data-bins': String(BIN_COUNT) } },
    chart,
    el('div', { className: 'dual-range' }, fromHandle, toHandle),
  );

  replaceChildren(
    root,
    histogramBox,
    axis,
    el(
      'div',
      { className: 'date-fields' },
      el('label', null, el('span', null, 'From'), fromInput),
      el('label', null, el('span', null, 'To'), toInput),
    ),
    el('div', { className: 'time-summary' }, summary, reset),
  );

  const positionOf = (iso: string | null, fallback: number) => (iso ? Math.round(scale.toPosition(dayNumber(iso)) * STEPS) : fallback);
  const dayAt = (value: number) => scale.toDay(value / STEPS);

  function draw(): void {
    const { from, to } = filters.get();
    const lo = from ? dayNumber(from) : -Infinity;
    const hi = to ? dayNumber(to) : Infinity;
    const bars: SVGElement[] = [];
    binList.forEach((bin, i) => {
      const total = totals[i] ?? 0;
      if (total === 0) return;
      const x = bin.from * WIDTH + 0.5;
      const w = Math.max(1, (bin.to - bin.from) * WIDTH - 1);
      const inRange = bin.lastDay >= lo && bin.firstDay <= hi;
      const h = (n: number) => (n > 0 ? Math.max(2, (Math.sqrt(n) / Math.sqrt(max)) * (HEIGHT - 2)) : 0);
      const label = `${formatDate(isoDate(bin.firstDay))} – ${formatDate(isoDate(bin.lastDay))}: ${plural(total, 'claim')}, ${matching[i] ?? 0} shown`;
      bars.push(
        svg('rect', { x, y: HEIGHT - h(total), width: w, height: h(total), class: inRange ? 'bar-all' : 'bar-all bar-out' }, svg('title', {}, label)),
      );
      const shown = matching[i] ?? 0;
      if (shown > 0) bars.push(svg('rect', { x, y: HEIGHT - h(shown), width: w, height: h(shown), class: 'bar-match' }, svg('title', {}, label)));
    });
    for (const [a, b] of scale.gaps) {
      const x = ((a + b) / 2) * WIDTH;
      bars.push(
        svg('path', { d: `M${x - 3},${HEIGHT} L${x - 1},${HEIGHT - 8} M${x + 1},${HEIGHT} L${x + 3},${HEIGHT - 8}`, class: 'gap-break' }),
      );
    }
    chart.replaceChildren(...bars);
  }

  function sync(): void {
    const { from, to } = filters.get();
    fromHandle.valueAsNumber = positionOf(from, 0);
    toHandle.valueAsNumber = positionOf(to, STEPS);
    fromHandle.setAttribute('aria-valuetext', from ? formatDate(from) : 'earliest');
    toHandle.setAttribute('aria-valuetext', to ? formatDate(to) : 'latest');
    if (fromInput.value !== (from ?? '')) fromInput.value = from ?? '';
    if (toInput.value !== (to ?? '')) toInput.value = to ?? '';
    // Keep the handle last dragged to an end on top, so it can be dragged back.
    fromHandle.classList.toggle('on-top', fromHandle.valueAsNumber >= STEPS - 2);
    summary.textContent = from || to ? `${from ? formatDate(from) : 'Earliest'} – ${to ? formatDate(to) : 'latest'}` : 'All dates';
    reset.hidden = !from && !to;
    histogramBox.dataset['from'] = from ?? '';
    histogramBox.dataset['to'] = to ?? '';
    draw();
  }

  function setRange(from: string | null, to: string | null): void {
    if (from && to && from > to) [from, to] = [to, from];
    filters.update((f) => ({ ...f, from, to }));
  }

  fromHandle.addEventListener('input', () => {
    const value = Math.min(fromHandle.valueAsNumber, toHandle.valueAsNumber);
    fromHandle.valueAsNumber = value;
    setRange(value <= 0 ? null : isoDate(dayAt(value)), filters.get().to);
  });
  toHandle.addEventListener('input', () => {
    const value = Math.max(toHandle.valueAsNumber, fromHandle.valueAsNumber);
    toHandle.valueAsNumber = value;
    setRange(filters.get().from, value >= STEPS ? null : isoDate(dayAt(value)));
  });
  // Arrow keys step whole days (the slider's own steps are finer than a day in busy stretches).
  const stepDays = (handle: HTMLInputElement, which: 'from' | 'to') => (event: KeyboardEvent) => {
    const delta = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    const current = filters.get()[which];
    const day = current ? dayNumber(current) : which === 'from' ? scale.minDay : scale.maxDay;
    const next = Math.min(scale.maxDay, Math.max(scale.minDay, day + delta * (event.shiftKey ? 7 : 1)));
    const { from, to } = filters.get();
    if (which === 'from') setRange(next <= scale.minDay ? null : isoDate(Math.min(next, to ? dayNumber(to) : next)), to);
    else setRange(from, next >= scale.maxDay ? null : isoDate(Math.max(next, from ? dayNumber(from) : next)));
    handle.focus();
  };
  fromHandle.addEventListener('keydown', stepDays(fromHandle, 'from'));
  toHandle.addEventListener('keydown', stepDays(toHandle, 'to'));

  const fromField = () => setRange(fromInput.value || null, filters.get().to);
  const toField = () => setRange(filters.get().from, toInput.value || null);
  fromInput.addEventListener('change', fromField);
  toInput.addEventListener('change', toField);
  reset.addEventListener('click', () => setRange(null, null));

  const unsubscribe = filters.subscribe((now, before) => {
    if (now.from !== before.from || now.to !== before.to) sync();
  });
  sync();

  return {
    setMatching(intervals) {
      matching = histogram(binList, intervals);
      draw();
    },
    dispose: unsubscribe,
  };
}
