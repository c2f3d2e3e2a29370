import type { ListQuery, SiteSettings, StoreStats } from '../messaging/protocol.ts';
import type { PageMatches, Report, ReportInput, ReportSummary } from '../model/report.ts';
import { createDb, type CorroborateDb, type OpenOptions } from './db.ts';
import { InvalidInputError } from './errors.ts';
import { exportHeader, parseExport } from './export-format.ts';
import { IndexKeeper, type LoadInfo } from './index-keeper.ts';
import type { MatchEngine, MatchTiming } from './match-engine.ts';
import { listReports, storeStats } from './queries.ts';
import { ReportCache } from './report-cache.ts';
import { reportKey } from './keys.ts';
import { toReport } from './rows.ts';
import { SerialQueue } from './serial-queue.ts';
import { readSettings, setSitePaused } from './settings.ts';
import { checkReportInput } from './validate-report.ts';
import { clearReports, deleteReportRow, importRows, putReport } from './writes.ts';

/** Snapshot write after this much quiet: a burst of saves costs one serialization. */
const PERSIST_DELAY_MS = 2_000;
/** …but never later than this during a steady stream (a killed worker replays at most this). */
const PERSIST_MAX_DELAY_MS = 15_000;
/** Reports kept decoded in memory for matching (those of recent stories). */
const REPORT_CACHE_SIZE = 300;

/** Where the last matchPage spent its time (milliseconds), for diagnostics and benchmarks. */
export interface MatchInfo extends MatchTiming {
  /** Waiting for the index (its first load, on a cold worker). */
  indexMs: number;
  totalMs: number;
}

export interface ReportStoreOptions<I> extends OpenOptions {
  engine: MatchEngine<I>;
  /** Clock for readAt (tests). */
  now?: () => number;
  onError?: (error: unknown) => void;
}

/** The store API the background (for the UI) and tools share. All writes are serialized. */
export interface ReportStore {
  readonly db: CorroborateDb;
  saveReport(input: ReportInput): Promise<number>;
  /** Saves the page as a report and cross-references it against every other stored report. */
  matchPage(input: ReportInput): Promise<PageMatches>;
  getReport(id: number): Promise<Report | null>;
  listReports(query: ListQuery): Promise<{ total: number; items: ReportSummary[] }>;
  deleteReport(id: number): Promise<boolean>;
  clearAll(): Promise<number>;
  stats(): Promise<StoreStats>;
  exportAll(): Promise<string>;
  importAll(json: string): Promise<number>;
  getSettings(): Promise<SiteSettings>;
  setSitePaused(site: string, paused: boolean): Promise<SiteSettings>;
  /** Saves several reports in one transaction (imports, tools): all or none. */
  saveReports(inputs: ReportInput[]): Promise<number[]>;
  /** Whether the match index is in memory, and how its last load went. */
  indexInfo(): { loaded: boolean; lastLoad: LoadInfo | null; lastMatch: MatchInfo | null };
  /** Loads the match index now (otherwise the first match does). */
  warmUp(): Promise<void>;
  /** Writes the index snapshot now (after the writes in flight). */
  flush(): Promise<void>;
  close(): Promise<void>;
}

export function createReportStore<I>(options: ReportStoreOptions<I>): ReportStore {
  const db = createDb(options);
  const { engine } = options;
  const now = options.now ?? Date.now;
  const queue = new SerialQueue();
  const cache = new ReportCache(REPORT_CACHE_SIZE);
  const keeper = new IndexKeeper(db, engine, {
    persistDelayMs: PERSIST_DELAY_MS,
    persistMaxDelayMs: PERSIST_MAX_DELAY_MS,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const persist = (): Promise<void> => queue.run(() => keeper.persist());
  keeper.onPersistDue = () => void persist().catch((error) => options.onError?.(error));

  async function loadReports(ids: readonly number[]): Promise<ReadonlyMap<number, Report>> {
    const found = new Map<number, Report>();
    const missing: number[] = [];
    for (const id of ids) {
      const hit = cache.get(id);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of await db.reports.bulkGet(missing)) {
        if (!row) continue;
        const report = toReport(row);
        cache.set(report);
        found.set(report.id, report);
      }
    }
    return found;
  }

  function saveReport(input: ReportInput): Promise<number> {
    const invalid = checkReportInput(input);
    if (invalid) return Promise.reject(new InvalidInputError(`Report refused: ${invalid}`));
    return queue.run(async () => {
      const { report, rev } = await putReport(db, input, now());
      cache.set(report);
      keeper.applyPut(report, rev);
      return report.id;
    });
  }

  function saveReports(inputs: ReportInput[]): Promise<number[]> {
    for (const [i, input] of inputs.entries()) {
      const invalid = checkReportInput(input, `reports[${i}]`);
      if (invalid) return Promise.reject(new InvalidInputError(`Reports refused: ${invalid}`));
    }
    const readAt = now();
    return queue.run(async () => {
      const written = await importRows(db, {
        reports: inputs.map((input) => ({ ...input, readAt })),
      });
      for (const { report, rev } of written) {
        cache.delete(report.id);
        keeper.applyPut(report, rev);
      }
      return written.map(({ report }) => report.id);
    });
  }

  let lastMatch: MatchInfo | null = null;
  async function matchPage(input: ReportInput): Promise<PageMatches> {
    const invalid = checkReportInput(input);
    if (invalid) throw new InvalidInputError(`Report refused: ${invalid}`);
    const t0 = performance.now();
    // The index first: on a cold worker its snapshot is then still current (no write since),
    // which spares the key scan and replay.
    const index = keeper.peek() ?? (await queue.run(() => keeper.load()));
    const t1 = performance.now();
    const earlier = await db.reports
      .where('key')
      .equals(reportKey(input.url, input.canonicalUrl))
      .primaryKeys();
    const existingId = (earlier[0] as number | undefined) ?? null;
    // Save and match at once: the engine queries synchronously before its first await, so the
    // page is not yet in the index (and an earlier copy of it is excluded by id), while
    // IndexedDB commits the save off the main thread.
    const saving = saveReport(input);
    const timing: MatchTiming = { queryMs: 0, fetchMs: 0, compareMs: 0 };
    const matching = engine.match(input, existingId, index, loadReports, timing);
    const [id, result] = await Promise.all([saving, matching]);
    lastMatch = { indexMs: t1 - t0, ...timing, totalMs: performance.now() - t0 };
    return { ...result, reportId: id };
  }

  return {
    db,
    saveReport,
    saveReports,
    matchPage,
    indexInfo: () => ({ loaded: keeper.isLoaded, lastLoad: keeper.lastLoad, lastMatch }),
    async getReport(id) {
      const row = await db.reports.get(id);
      return row ? toReport(row) : null;
    },
    listReports: (query) => listReports(db, query),
    deleteReport: (id) =>
      queue.run(async () => {
        const { deleted, rev } = await deleteReportRow(db, id);
        cache.delete(id);
        if (deleted) keeper.applyDelete(id, rev);
        return deleted;
      }),
    clearAll: () =>
      queue.run(async () => {
        const { deleted, rev } = await clearReports(db);
        cache.clear();
        keeper.applyClear(rev);
        return deleted;
      }),
    stats: () => storeStats(db),
    async exportAll() {
      const parts: string[] = [];
      const settings = await readSettings(db);
      await db.transaction('r', db.reports, () =>
        db.reports.each((row) => void parts.push(JSON.stringify(toReport(row)))),
      );
      return `${exportHeader(new Date(now()))}"settings":${JSON.stringify(settings)},"reports":[${parts.join(',')}]}`;
    },
    async importAll(json) {
      const file = parseExport(json);
      return queue.run(async () => {
        const written = await importRows(db, file);
        cache.clear();
        for (const { report, rev } of written) keeper.applyPut(report, rev);
        if (keeper.isLoaded) await keeper.persist();
        return written.length;
      });
    },
    getSettings: () => readSettings(db),
    setSitePaused: (site, paused) => queue.run(() => setSitePaused(db, site, paused)),
    warmUp: () => queue.run(async () => void (await keeper.load())),
    flush: persist,
    async close() {
      await queue.idle();
      keeper.cancelPersist();
      db.close();
    },
  };
}
