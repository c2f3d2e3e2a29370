import type { Report, ReportInput } from '../model/report.ts';
import type { CorroborateDb } from './db.ts';
import { translateWriteError } from './errors.ts';
import type { ExportFile } from '../model/export-file.ts';
import { reportKey } from './keys.ts';
import { toReport, toRow } from './rows.ts';
import {
  SETTING_LAST_DELETE,
  SETTING_PAUSED_SITES,
  SETTING_WRITE_SEQ,
  SNAPSHOT_NAME,
  type StoredReport,
} from './schema.ts';
import { mergePausedSites } from './settings.ts';
import { rawPutReport } from './raw-put.ts';

/**
 * Each write runs in one IndexedDB transaction that also bumps the write sequence, so a worker
 * killed mid-write leaves either all of it or none of it, and the snapshot knows what it covers.
 */

async function nextSeq(db: CorroborateDb, count = 1): Promise<number> {
  const current = Number((await db.settings.get(SETTING_WRITE_SEQ))?.value ?? 0);
  const next = current + count;
  await db.settings.put({ key: SETTING_WRITE_SEQ, value: next });
  return next;
}

async function guarded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    return translateWriteError(error);
  }
}

/** Work a save's caller overlaps with the database (see putReport). */
export interface PutHooks {
  /** Runs while the first reads are in flight; what it throws is ignored. */
  whileWaiting?: () => void;
  /**
   * Runs once the writes are sent, while the database commits them (plain IndexedDB only; not
   * called otherwise): the caller undoes what it did if the save then fails.
   */
  whileCommitting?: (report: Report, rev: number) => void;
}

/**
 * Adds the report, or updates the stored one with the same canonical url (else url). A new row
 * takes its id from `newId` (see IdAllocator). The row is made while the first reads are in
 * flight, and filled in with its id and write sequence number once they are back.
 */
export function putReport(
  db: CorroborateDb,
  input: ReportInput,
  readAt: number,
  newId: () => number,
  hooks: PutHooks = {},
): Promise<{ report: Report; rev: number }> {
  const key = reportKey(input.url, input.canonicalUrl);
  let draft: StoredReport | null = null;
  const whileWaiting = () => {
    try {
      draft = toRow(input, { readAt, rev: 0 }) as StoredReport;
    } catch {
      // Made again below, where its error counts.
    }
    try {
      hooks.whileWaiting?.();
    } catch {
      // Only ever a head start (a warmed cache); the write does not depend on it.
    }
  };
  const rowFor = (rev: number, existing: number | undefined): StoredReport => {
    const row = draft ?? (toRow(input, { readAt, rev: 0 }) as StoredReport);
    draft = null;
    // In place: the fields keep toRow's order (id last), so the stored row is the same.
    row.rev = rev;
    row.id = existing ?? newId();
    return row;
  };
  // The reader's save, the one write per page read: plain IndexedDB when it can (raw-put.ts).
  let report: Report | null = null;
  const raw = rawPutReport(db, {
    key,
    rowFor,
    whileWaiting,
    whileCommitting: (row, rev) => {
      report = toReport(row);
      hooks.whileCommitting?.(report, rev);
    },
  });
  if (raw) {
    return guarded(async () => {
      const { report: row, rev } = await raw;
      return { report: report ?? toReport(row), rev };
    });
  }
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, async () => {
      // Both reads, then both writes, in flight together: a save is two round trips to the
      // database instead of four (the transaction still orders and commits them as one).
      const reads = Promise.all([
        db.settings.get(SETTING_WRITE_SEQ),
        db.reports.where('key').equals(key).primaryKeys(),
      ]);
      // The database serves the reads on its own thread: this one can do the caller's work.
      whileWaiting();
      const [seq, existing] = await reads;
      const rev = Number(seq?.value ?? 0) + 1;
      const row = rowFor(rev, existing[0]);
      await Promise.all([
        db.settings.put({ key: SETTING_WRITE_SEQ, value: rev }),
        db.reports.put(row),
      ]);
      return { report: toReport(row), rev };
    }),
  );
}

export function deleteReportRow(
  db: CorroborateDb,
  id: number,
): Promise<{ deleted: boolean; rev: number }> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, async () => {
      const exists = (await db.reports.where(':id').equals(id).count()) > 0;
      if (!exists) return { deleted: false, rev: 0 };
      const rev = await nextSeq(db);
      await db.reports.delete(id);
      await db.settings.put({ key: SETTING_LAST_DELETE, value: rev });
      return { deleted: true, rev };
    }),
  );
}

/** Deletes every report and the index snapshot; settings (paused sites) stay. */
export function clearReports(db: CorroborateDb): Promise<{ deleted: number; rev: number }> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, db.snapshots, async () => {
      const deleted = await db.reports.count();
      const rev = await nextSeq(db);
      await db.reports.clear();
      await db.snapshots.delete(SNAPSHOT_NAME);
      await db.settings.put({ key: SETTING_LAST_DELETE, value: rev });
      return { deleted, rev };
    }),
  );
}

/** Inside a write transaction: puts imported reports with revs from `firstRev` on. */
async function putImported(
  db: CorroborateDb,
  reports: ReadonlyArray<ReportInput & { readAt: number }>,
  firstRev: number,
  newId: () => number,
  keep: boolean,
): Promise<Array<{ report: Report; rev: number }>> {
  const wanted = [...new Set(reports.map((r) => reportKey(r.url, r.canonicalUrl)))];
  const idByKey = new Map<string, number>();
  await db.reports
    .where('key')
    .anyOf(wanted)
    .eachKey((key, cursor) => {
      if (!idByKey.has(key as string)) idByKey.set(key as string, cursor.primaryKey as number);
    });
  const written: Array<{ report: Report; rev: number }> = [];
  for (const [i, report] of reports.entries()) {
    const rev = firstRev + i;
    const key = reportKey(report.url, report.canonicalUrl);
    const id = idByKey.get(key) ?? newId();
    const row = toRow(report, { id, readAt: report.readAt, rev }) as StoredReport;
    idByKey.set(key, id);
    await db.reports.put(row);
    if (keep) written.push({ report: toReport(row), rev });
  }
  return written;
}

async function mergeSettings(db: CorroborateDb, settings: ExportFile['settings']): Promise<void> {
  if (!settings) return;
  const current = await db.settings.get(SETTING_PAUSED_SITES);
  await db.settings.put({
    key: SETTING_PAUSED_SITES,
    value: mergePausedSites(current?.value, settings.pausedSites),
  });
}

/**
 * Applies a validated export in ONE transaction: a report whose canonical url (else url) is
 * already stored replaces it in place, others are added with new ids; paused sites are merged.
 * Any failure (quota included) rolls the whole import back.
 */
export function importRows(
  db: CorroborateDb,
  file: { reports: Array<ReportInput & { readAt: number }>; settings?: ExportFile['settings'] },
  newId: () => number,
): Promise<Array<{ report: Report; rev: number }>> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, async () => {
      const last = await nextSeq(db, file.reports.length);
      const first = last - file.reports.length + 1;
      const written = await putImported(db, file.reports, first, newId, true);
      await mergeSettings(db, file.settings);
      return written;
    }),
  );
}

/**
 * Moves the staged chunks of import `importId` (`count` reports in all) into the reports in
 * ONE transaction, chunk by chunk, and deletes them from staging: the import lands whole or
 * not at all. Returns the revs the reports were written with (first..last).
 */
export function commitStaged(
  db: CorroborateDb,
  importId: string,
  count: number,
  settings: ExportFile['settings'],
  newId: () => number,
): Promise<{ first: number; last: number }> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, db.staging, async () => {
      const last = await nextSeq(db, count);
      const first = last - count + 1;
      const chunks = await db.staging.where('importId').equals(importId).primaryKeys();
      chunks.sort((a, b) => a - b);
      let rev = first;
      for (const seq of chunks) {
        const chunk = await db.staging.get(seq);
        if (!chunk) continue;
        await putImported(db, chunk.reports, rev, newId, false);
        rev += chunk.reports.length;
      }
      if (rev !== last + 1)
        throw new Error(`import staging holds ${rev - first} of ${count} reports`);
      await db.staging.where('importId').equals(importId).delete();
      await mergeSettings(db, settings);
      return { first, last };
    }),
  );
}
