import { Dexie } from 'dexie';
import type { CorroborateDb } from './db.ts';
import { SETTING_WRITE_SEQ, type SettingRow, type StoredReport } from './schema.ts';

/** How a save's row is made, and what runs while the database works on it. */
export interface RawPut {
  /** The report's dedup key (see reportKey). */
  key: string;
  /** The row, once the next write sequence number and the stored id (if any) are known. */
  rowFor: (rev: number, existingId: number | undefined) => StoredReport;
  /** Runs while the reads are in flight; what it throws is ignored. */
  whileWaiting?: () => void;
  /**
   * Runs once the writes and the commit are sent, while the database commits: work that follows
   * the save can overlap the commit. The commit may still fail (the promise then rejects): what
   * this did must then be undone by the caller. What it throws is ignored.
   */
  whileCommitting?: (row: StoredReport, rev: number) => void;
}

/**
 * One report's save in one plain IndexedDB read-write transaction: the write sequence and the
 * report's key are read together, `whileWaiting` runs while they are in flight, then the row and
 * the bumped sequence are written, the commit is asked for at once, and `whileCommitting` runs
 * while it is under way. Same reads, writes and atomicity as the Dexie transaction in writes.ts
 * (a killed worker leaves all of it or none), without Dexie's promise zones and change tracking,
 * and with the caller's work after the write overlapping the commit (test/bench/probe-saves.ts).
 * Null when Dexie must write instead (its connection not open yet, inside a Dexie transaction, a
 * connection that refuses transactions); the caller then takes the Dexie path. Errors reject as
 * IndexedDB gives them (the caller translates quota errors).
 */
export function rawPutReport(
  db: CorroborateDb,
  put: RawPut,
): Promise<{ report: StoredReport; rev: number }> | null {
  if (!db.isOpen() || Dexie.currentTransaction) return null;
  let tx: IDBTransaction;
  try {
    tx = db
      .backendDB()
      .transaction([db.reports.name, db.settings.name], 'readwrite', { durability: 'relaxed' });
  } catch {
    return null;
  }
  const reports = tx.objectStore(db.reports.name);
  const settings = tx.objectStore(db.settings.name);
  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      try {
        tx.abort();
      } catch {
        // Already finished or aborting: nothing was committed by this save either way.
      }
      reject(error);
    };
    tx.onabort = () => fail(tx.error ?? new Error('Saving failed'));
    tx.onerror = (event) =>
      fail((event.target as IDBRequest | null)?.error ?? tx.error ?? new Error('Saving failed'));
    let written: { report: StoredReport; rev: number } | null = null;
    tx.oncomplete = () => {
      if (settled || !written) return;
      settled = true;
      resolve(written);
    };
    const seqRequest = settings.get(SETTING_WRITE_SEQ);
    // The lowest id holding the key first (as Dexie's where().equals().primaryKeys() gives).
    const keyRequest = reports.index('key').getAllKeys(IDBKeyRange.only(put.key), 1);
    let left = 2;
    const readsDone = () => {
      if (--left > 0 || settled) return;
      try {
        const seq = seqRequest.result as SettingRow | undefined;
        const rev = Number(seq?.value ?? 0) + 1;
        const row = put.rowFor(rev, (keyRequest.result as number[])[0]);
        settings.put({ key: SETTING_WRITE_SEQ, value: rev } satisfies SettingRow);
        reports.put(row);
        written = { report: row, rev };
        // Nothing else to wait for: commit now rather than when the thread next goes idle.
        tx.commit?.();
      } catch (error) {
        fail(error);
        return;
      }
      try {
        put.whileCommitting?.(written.report, written.rev);
      } catch {
        // The caller's own work: the save goes on.
      }
    };
    seqRequest.onsuccess = readsDone;
    keyRequest.onsuccess = readsDone;
    // The database serves the reads on its own thread: this one can do the caller's work.
    try {
      put.whileWaiting?.();
    } catch {
      // Only ever a head start (a warmed cache); the write does not depend on it.
    }
  });
}
