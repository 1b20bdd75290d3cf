import type { AreaFeature } from './layers';

/** What the right panel shows. One selection at a time; listeners run synchronously. */
export type Selection =
  | { kind: 'claim'; id: string }
  | { kind: 'area'; feature: AreaFeature }
  | null;

type Listener = (selection: Selection) => void;

export class SelectionStore {
  private current: Selection = null;
  private readonly listeners: Listener[] = [];

  get(): Selection {
    return this.current;
  }

  set(selection: Selection): void {
    this.current = selection;
    for (const listener of this.listeners) listener(selection);
  }

  subscribe(listener: Listener): void {
    this.listeners.push(listener);
  }
}
