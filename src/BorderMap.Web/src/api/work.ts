/**
 * Counts requests in flight, so that automation (and nothing else) can wait until the screen
 * has caught up with the latest state: `idle()` resolves once nothing is pending.
 */
export class PendingWork {
  private count = 0;
  private waiters: Array<() => void> = [];

  track<T>(promise: Promise<T>): Promise<T> {
    this.count++;
    const done = () => {
      this.count--;
      if (this.count === 0) {
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((resolve) => resolve());
      }
    };
    promise.then(done, done);
    return promise;
  }

  get busy(): boolean {
    return this.count > 0;
  }

  idle(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
