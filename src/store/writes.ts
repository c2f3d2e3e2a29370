import type { Report, ReportInput } from '../model/report.ts';
import type { CorroborateDb } from './db.ts';
import { translateWriteError } from './errors.ts';
import type { ExportFile } from './export-format.ts';
import { reportKey } from './keys.ts';
import { toReport, toRow } from './rows.ts';
import {
  SETTING_PAUSED_SITES,
  SETTING_WRITE_SEQ,
  SNAPSHOT_NAME,
  type StoredReport,
} from './schema.ts';
import { mergePausedSites } from './settings.ts';

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

/** Adds the report, or updates the stored one with the same canonical url (else url). */
export function putReport(
  db: CorroborateDb,
  input: ReportInput,
  readAt: number,
): Promise<{ report: Report; rev: number }> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, async () => {
      const rev = await nextSeq(db);
      const key = reportKey(input.url, input.canonicalUrl);
      const existing = await db.reports.where('key').equals(key).primaryKeys();
      const id = existing[0];
      const row = toRow(input, { ...(id === undefined ? {} : { id }), readAt, rev });
      const newId = await db.reports.put(row as StoredReport);
      return { report: toReport({ ...row, id: newId } as StoredReport), rev };
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
      return { deleted, rev };
    }),
  );
}

/**
 * Applies a validated export in ONE transaction: a report whose canonical url (else url) is
 * already stored replaces it in place, others are added with new ids; paused sites are merged.
 * Any failure (quota included) rolls the whole import back.
 */
export function importRows(
  db: CorroborateDb,
  file: { reports: Array<ReportInput & { readAt: number }>; settings?: ExportFile['settings'] },
): Promise<Array<{ report: Report; rev: number }>> {
  return guarded(() =>
    db.transaction('rw', db.reports, db.settings, async () => {
      const wanted = [...new Set(file.reports.map((r) => reportKey(r.url, r.canonicalUrl)))];
      const idByKey = new Map<string, number>();
      await db.reports
        .where('key')
        .anyOf(wanted)
        .eachKey((key, cursor) => {
          if (!idByKey.has(key as string)) idByKey.set(key as string, cursor.primaryKey as number);
        });
      const last = await nextSeq(db, file.reports.length);
      const first = last - file.reports.length + 1;
      const written: Array<{ report: Report; rev: number }> = [];
      for (const [i, report] of file.reports.entries()) {
        const rev = first + i;
        const key = reportKey(report.url, report.canonicalUrl);
        const id = idByKey.get(key);
        const row = toRow(report, {
          ...(id === undefined ? {} : { id }),
          readAt: report.readAt,
          rev,
        });
        const newId = await db.reports.put(row as StoredReport);
        idByKey.set(key, newId);
        written.push({ report: toReport({ ...row, id: newId } as StoredReport), rev });
      }
      if (file.settings) {
        const current = await db.settings.get(SETTING_PAUSED_SITES);
        await db.settings.put({
          key: SETTING_PAUSED_SITES,
          value: mergePausedSites(current?.value, file.settings.pausedSites),
        });
      }
      return written;
    }),
  );
}
