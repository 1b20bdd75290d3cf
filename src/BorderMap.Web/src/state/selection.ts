import { Store } from './store';

/**
 * What the right panel shows: a claim, an area (country, province or river, by id), an event or nothing.
 * One selection at a time; it is part of the permalink, so it holds ids only. Setting the same
 * selection again notifies too (clicking the selected claim brings its panel back from the
 * source view).
 */
export type Selection = { kind: 'claim'; id: string } | { kind: 'area'; id: string } | { kind: 'event'; id: string } | null;

export class SelectionStore extends Store<Selection> {
  constructor() {
    super(null);
  }

  override set(selection: Selection): void {
    super.set(selection, () => false);
  }
}

export function sameSelection(a: Selection, b: Selection): boolean {
  return a === b || (!!a && !!b && a.kind === b.kind && a.id === b.id);
}
