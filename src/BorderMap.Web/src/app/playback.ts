import type OlMap from 'ol/Map';
import type { PendingWork } from '../api/work';
import { createPlaybackControls, type PlaybackControls } from '../panels/playbackControls';
import type { TimeFilter } from '../panels/timeFilter';
import type { Filters } from '../state/filters';
import { clampWindow, DEFAULT_SPEED, followsPlayback, type Playback, type PlaybackMode, type PlaybackStep, startDate, stepDate, withPlaybackDates } from '../state/playback';
import { sameJson, type Store } from '../state/store';

/**
 * Playback: the controls step the date filter through time, so the map's tiles, the counts, the
 * list and the histogram follow it as they follow any filter. Playing is bounded by the answers:
 * the next step is taken only once the requests of this one have answered and the map has drawn
 * them, and no sooner than the speed asks, so a slow store slows playback instead of piling up
 * requests. Setting dates by hand ends playback. Keyboard: space plays and pauses and ← and → step
 * on the page or the controls (space on the map too, which keeps its arrows for panning), and
 * , and . step anywhere but in a field.
 */

export interface PlaybackParts {
  map: OlMap;
  work: PendingWork;
  filters: Store<Filters>;
  playback: Store<Playback | null>;
  timeFilter: TimeFilter;
}

function drawn(map: OlMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('rendercomplete', () => resolve());
    map.render();
  });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** Where keys belong to the control itself (typing, choosing, a button's own space). */
function ownsKeys(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement || (target instanceof HTMLElement && target.isContentEditable);
}

function chosen(controls: PlaybackControls): Omit<Playback, 'date'> {
  return { mode: controls.mode.value as PlaybackMode, windowDays: clampWindow(controls.windowDays.valueAsNumber), step: controls.step.value as PlaybackStep };
}

function createPlayer(parts: PlaybackParts, controls: PlaybackControls) {
  const { filters, playback } = parts;
  const state = { playing: false, run: 0 };
  const show = () => controls.show(playback.get(), state.playing);
  const moveTo = (date: string) => playback.set({ ...chosen(controls), date }, sameJson);

  /** One step; false at the end of the collection (or before it has loaded). */
  function step(direction: 1 | -1): boolean {
    const extent = parts.timeFilter.extent();
    if (!extent) return false;
    const current = playback.get();
    const next = current ? stepDate(current.date, current.step, direction, extent) : startDate(filters.get().from, extent);
    if (next) moveTo(next);
    return next !== null;
  }

  async function play(run: number): Promise<void> {
    while (state.playing && run === state.run) {
      const started = performance.now();
      // Bounded: the next frame waits for this one's answers and drawing.
      await parts.work.idle();
      await drawn(parts.map);
      await delay(1000 / Number(controls.speed.value || DEFAULT_SPEED) - (performance.now() - started));
      if (!state.playing || run !== state.run) return;
      if (!step(1)) pause();
    }
  }

  function pause(): void {
    state.playing = false;
    state.run++;
    show();
  }

  function toggle(): void {
    if (state.playing) return pause();
    const extent = parts.timeFilter.extent();
    const current = playback.get();
    // At the end, Play starts again from the collection's first day.
    if (extent && current && stepDate(current.date, current.step, 1, extent) === null) moveTo(startDate(null, extent));
    else if (!current && !step(1)) return;
    state.playing = true;
    state.run++;
    show();
    void play(state.run);
  }

  function stop(): void {
    pause();
    playback.set(null);
    filters.update((f) => ({ ...f, from: null, to: null }), sameJson);
  }

  return { state, show, moveTo, step, pause, toggle, stop };
}

type Player = ReturnType<typeof createPlayer>;

function wireKeys(controls: PlaybackControls, player: Player, map: OlMap): void {
  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || ownsKeys(event.target)) return;
    if (document.querySelector('dialog[open]')) return;
    const target = event.target as Node | null;
    // Other focused parts (list rows, links, buttons) keep their own space and arrows.
    const onPage = target === document.body || target === null || controls.element.contains(target);
    let handled = true;
    if (event.key === ' ' && (onPage || target === map.getTargetElement()) && !(target instanceof HTMLButtonElement)) player.toggle();
    else if ((event.key === 'ArrowRight' && onPage) || event.key === '.') player.step(1);
    else if ((event.key === 'ArrowLeft' && onPage) || event.key === ',') player.step(-1);
    else handled = false;
    if (handled) event.preventDefault();
  });
}

function wireControls(controls: PlaybackControls, player: Player, playback: Store<Playback | null>): void {
  controls.play.addEventListener('click', () => player.toggle());
  controls.back.addEventListener('click', () => player.step(-1));
  controls.forward.addEventListener('click', () => player.step(1));
  controls.stop.addEventListener('click', () => player.stop());
  // A new mode, window or step applies to the frame shown now.
  const rechoose = () => {
    const current = playback.get();
    if (current) player.moveTo(current.date);
    else player.show();
  };
  controls.mode.addEventListener('change', rechoose);
  controls.step.addEventListener('change', rechoose);
  controls.windowDays.addEventListener('change', rechoose);
}

export function wirePlayback(root: HTMLElement, parts: PlaybackParts): void {
  const controls = createPlaybackControls();
  root.append(controls.element);
  const player = createPlayer(parts, controls);
  const { filters, playback } = parts;
  playback.subscribe((now) => {
    if (now) filters.update((f) => withPlaybackDates(f, now), sameJson);
    player.show();
  });
  // Dates set by hand (a handle, a date field, Back to an entry without playback) end playback.
  filters.subscribe((now) => {
    const current = playback.get();
    if (current && !followsPlayback(current, now.from, now.to)) {
      if (player.state.playing) player.pause();
      playback.set(null);
    }
  });
  wireControls(controls, player, playback);
  wireKeys(controls, player, parts.map);
  player.show();
}
