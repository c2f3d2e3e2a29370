/**
 * Runs async tasks one at a time, in call order. Store writes go through one queue so the
 * in-memory match index is updated in exactly the order IndexedDB committed the writes, and a
 * snapshot taken between two tasks knows precisely which writes it covers.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    // A failed task must not poison the ones queued after it.
    this.tail = result.catch(() => undefined);
    return result;
  }

  /** Resolves once every task queued so far has settled. */
  idle(): Promise<void> {
    return this.tail.then(() => undefined);
  }
}
