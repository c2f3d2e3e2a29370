import type { CorroborateDb } from './db.ts';

/**
 * Hands out report ids before the row is written, so matchPage can answer with the id of the
 * page's report while its save is still queued (see report-store.ts). Every new row takes its id
 * from here (never from IndexedDB's key generator), so an id promised to a pending save cannot
 * be taken by another write meanwhile. Starts after the highest id stored; an id whose write
 * failed is simply never used.
 */
export class IdAllocator {
  private next = 0;
  private reading: Promise<void> | null = null;

  constructor(private readonly db: CorroborateDb) {}

  /** Reads the highest stored id once (outside any transaction). */
  ready(): Promise<void> {
    if (this.next > 0) return Promise.resolve();
    this.reading ??= this.db.reports
      .orderBy(':id')
      .lastKey()
      .then(
        (last) => {
          this.next = Math.max(this.next, Number(last ?? 0) + 1);
        },
        (error: unknown) => {
          this.reading = null;
          throw error;
        },
      );
    return this.reading;
  }

  /** A fresh id; `ready()` must have resolved. */
  take(): number {
    if (this.next === 0) throw new Error('IdAllocator.take before ready');
    return this.next++;
  }
}
