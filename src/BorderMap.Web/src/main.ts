import 'ol/ol.css';
import './styles.css';
import { askEarly } from './app/early';
import { showError } from './panels/errorBanner';
import { decodeState } from './state/urlState';

/**
 * The entry script, kept small: it asks for what the first render waits for (app/early.ts), then
 * loads the workbench (app/start.ts: OpenLayers, the map and the panels, a larger chunk) while the
 * server answers.
 */
const initial = decodeState(location.hash);
const early = askEarly(initial);
import('./app/start').then(
  ({ start }) => start(initial, early),
  (error: unknown) => showError('Could not load the map’s code.', error),
);
