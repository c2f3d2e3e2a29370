import { Dexie } from 'dexie';
import type { CorroborateDb } from './db.ts';
import type { StoredReport } from './schema.ts';

/**
 * Report rows by id, read with plain IndexedDB gets in one read-only transaction: the page
 * answer's hot read. In Chromium's service worker Dexie's bulkGet of 30 rows took about three
 * times the worker's time of these gets, and twice the wall time (test/bench/probe-idb-raw.ts).
 * Dexie still reads when it must: the connection not open yet (Dexie opens on first use),
 * inside a Dexie transaction (a second transaction on the same rows would wait for it), or a
 * connection that refuses a transaction (closing, upgrading: Dexie reopens). A row not there is
 * undefined, as with bulkGet.
 */
export function getReportRows(
  db: CorroborateDb,
  ids: readonly number[],
): Promise<Array<StoredReport | undefined>> {
  if (ids.length === 0) return Promise.resolve([]);
  if (!db.isOpen() || Dexie.currentTransaction) return db.reports.bulkGet([...ids]);
  let tx: IDBTransaction;
  try {
    tx = db.backendDB().transaction(db.reports.name, 'readonly');
  } catch {
    return db.reports.bulkGet([...ids]);
  }
  const store = tx.objectStore(db.reports.name);
  return new Promise((resolve, reject) => {
    const rows = new Array<StoredReport | undefined>(ids.length);
    let left = ids.length;
    ids.forEach((id, i) => {
      const request = store.get(id);
      request.onsuccess = () => {
        rows[i] = request.result as StoredReport | undefined;
        if (--left === 0) resolve(rows);
      };
    });
    // A failed get aborts the transaction: one error for the whole read.
    const failed = () => reject(tx.error ?? new Error('Reading reports failed'));
    tx.onabort = failed;
    tx.onerror = failed;
  });
}
