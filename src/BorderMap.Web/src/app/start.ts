import type OlMap from 'ol/Map';
import { FullClaims } from '../api/fullClaims';
import { PendingWork } from '../api/work';
import { areaClientPixel } from '../map/areaPixel';
import { clientLabels } from '../map/labelPixels';
import { createMap } from '../map/map';
import { byId } from '../shared/dom';
import { exposeAutomation } from '../state/automation';
import { type Filters, NO_FILTERS } from '../state/filters';
import type { Playback } from '../state/playback';
import { currentState } from '../state/permalink';
import { SelectionStore } from '../state/selection';
import { Store } from '../state/store';
import { type AppState, DEFAULT_LIST, DEFAULT_STATE, type ListState } from '../state/urlState';
import { boot, type Booted, rendered } from './boot';
import type { EarlyAnswers } from './early';

async function animationsDone(target: OlMap): Promise<void> {
  while (target.getView().getAnimating()) await new Promise((resolve) => setTimeout(resolve, 30));
}

/** Starts the workbench (app/boot.ts wires its parts) and exposes the hooks browser tests drive it by. */
export function start(initial: AppState, early: EarlyAnswers): void {
  const map = createMap(byId('map'), initial.view);
  const work = new PendingWork();
  const booted: Booted = { bench: null, parts: null };
  const stores = {
    map,
    work,
    filters: new Store<Filters>(NO_FILTERS),
    selection: new SelectionStore(),
    choropleth: new Store<boolean>(false),
    codes: new Store<boolean>(false),
    list: new Store<ListState>(DEFAULT_LIST),
    playback: new Store<Playback | null>(null),
    fullClaims: new FullClaims(),
  };
  const ready = boot(stores, initial, booted, early);

  async function settled(): Promise<void> {
    await ready.catch(() => undefined);
    do {
      await work.idle();
      await animationsDone(map);
      await rendered(map);
    } while (work.busy);
  }

  exposeAutomation({
    map,
    ready,
    settled,
    claimPixel: (id) => {
      // Render now, so the pixel (and hit detection for a click there) matches the latest state
      // even if a filter or the view changed since the last animation frame.
      map.renderSync();
      return booted.bench?.claims.clientPixel(map, id) ?? null;
    },
    clusterPixel: () => {
      map.renderSync();
      return booted.bench?.claims.clusterClientPixel(map) ?? null;
    },
    clusterBadges: () => {
      map.renderSync();
      return booted.bench?.claims.clusterClientBadges(map) ?? [];
    },
    regionPixel: (id) => (booted.bench ? areaClientPixel(map, booted.bench.areas, booted.bench.claims, id) : null),
    drawnClaimIds: () => {
      map.renderSync();
      return (booted.bench?.claims.drawn().map((c) => c.id) ?? []).sort();
    },
    drawnClaimCount: () => {
      map.renderSync();
      return booted.bench?.claims.drawnCount() ?? 0;
    },
    hoveredClaimId: () => booted.bench?.claims.hovered ?? null,
    placedLabels: () => (booted.bench ? clientLabels(map, booted.bench.labels.placed()) : []),
    state: (): AppState => (booted.parts ? currentState(booted.parts) : DEFAULT_STATE),
  });
}
