import './playback.css';
import { el } from '../shared/dom';
import { formatDate } from '../shared/format';
import { DEFAULT_SPEED, describePlayback, MAX_WINDOW_DAYS, type Playback, SPEEDS } from '../state/playback';

/**
 * The playback controls under the date histogram: step back, play/pause, step forward, the
 * current frame's dates, and how to play (window of N days or cumulative, a day or a week a
 * step, steps a second). Only DOM here; app/playback.ts gives them behaviour.
 */

export interface PlaybackControls {
  element: HTMLElement;
  back: HTMLButtonElement;
  play: HTMLButtonElement;
  forward: HTMLButtonElement;
  stop: HTMLButtonElement;
  mode: HTMLSelectElement;
  windowDays: HTMLInputElement;
  step: HTMLSelectElement;
  speed: HTMLSelectElement;
  /** Shows the playback (or none) and whether it is playing. */
  show(playback: Playback | null, playing: boolean): void;
}

function button(testId: string, label: string, text: string): HTMLButtonElement {
  return el('button', { className: 'playback-button', testId, attrs: { type: 'button', 'aria-label': label, title: label } }, text);
}

function select(testId: string, label: string, options: Array<[string, string]>): HTMLSelectElement {
  return el('select', { testId, attrs: { 'aria-label': label } }, ...options.map(([value, text]) => el('option', { attrs: { value } }, text)));
}

export function createPlaybackControls(): PlaybackControls {
  const back = button('playback-back', 'Step back (←)', '⏮');
  const play = button('playback-play', 'Play (space)', '▶');
  const forward = button('playback-forward', 'Step forward (→)', '⏭');
  const stop = button('playback-stop', 'Stop playback: show all dates', '■');
  const date = el('output', { className: 'playback-date', testId: 'playback-date', attrs: { 'aria-live': 'polite' } });
  const mode = select('playback-mode', 'Playback shows', [['window', 'Last'], ['cumulative', 'Everything up to the date']]);
  const windowDays = el('input', { testId: 'playback-window', attrs: { type: 'number', min: '1', max: String(MAX_WINDOW_DAYS), step: '1', value: '7', 'aria-label': 'Window in days', inputmode: 'numeric' } });
  const windowField = el('span', { className: 'playback-window' }, windowDays, el('span', { attrs: { 'aria-hidden': 'true' } }, 'days'));
  const step = select('playback-step', 'Step', [['day', 'a day a step'], ['week', 'a week a step']]);
  const speed = select('playback-speed', 'Speed', SPEEDS.map((s) => [String(s), `${s} / s`]));
  speed.value = String(DEFAULT_SPEED);
  const element = el(
    'div',
    { className: 'playback', testId: 'playback', attrs: { role: 'group', 'aria-label': 'Playback through time' } },
    el('div', { className: 'playback-row' }, back, play, forward, stop, date),
    el('div', { className: 'playback-row playback-options' }, mode, windowField, step, speed),
  );
  return {
    element, back, play, forward, stop, mode, windowDays, step, speed,
    show(playback, playing) {
      play.textContent = playing ? '⏸' : '▶';
      play.setAttribute('aria-label', playing ? 'Pause (space)' : 'Play (space)');
      play.title = play.getAttribute('aria-label') ?? '';
      play.setAttribute('aria-pressed', String(playing));
      element.dataset['playing'] = String(playing);
      element.dataset['date'] = playback?.date ?? '';
      stop.disabled = playback === null;
      date.textContent = playback ? describePlayback(playback, (iso) => formatDate(iso)) : 'Play to step through the dates';
      if (playback) {
        mode.value = playback.mode;
        step.value = playback.step;
        if (document.activeElement !== windowDays) windowDays.valueAsNumber = playback.windowDays;
      }
      windowField.hidden = mode.value !== 'window';
      element.dataset['mode'] = mode.value;
      element.dataset['step'] = step.value;
    },
  };
}
