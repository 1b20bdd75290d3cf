/** A value with change listeners. Listeners run synchronously, in subscription order. */
export class Store<T> {
  private readonly listeners: Array<(value: T, previous: T) => void> = [];

  constructor(private value: T) {}

  get(): T {
    return this.value;
  }

  /** Sets the value and notifies, unless `equal` says nothing changed. */
  set(value: T, equal: (a: T, b: T) => boolean = Object.is): void {
    const previous = this.value;
    if (equal(previous, value)) return;
    this.value = value;
    for (const listener of this.listeners) listener(value, previous);
  }

  update(change: (value: T) => T, equal?: (a: T, b: T) => boolean): void {
    this.set(change(this.value), equal);
  }

  subscribe(listener: (value: T, previous: T) => void): () => void {
    this.listeners.push(listener);
    return () => {
      const index = this.listeners.indexOf(listener);
      if (index >= 0) this.listeners.splice(index, 1);
    };
  }
}

/** Structural equality for the plain JSON-like values kept in stores. */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
