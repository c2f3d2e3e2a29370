import type { ExportPage } from '../model/export-file.ts';
import type { ListQuery, SiteSettings, StoreStats } from '../model/store-api.ts';
import type { PageMatches, Report, ReportInput, ReportSummary } from '../model/report.ts';
import { createDb, type CorroborateDb, type OpenOptions } from './db.ts';
import { InvalidInputError, StorageFullError } from './errors.ts';
import { IdAllocator } from './id-allocator.ts';
import { parseExport } from './export-format.ts';
import { backupHeaderLine, backupReportLine } from '../model/export-lines.ts';
import { ImportStaging } from './import-staging.ts';
import { IndexKeeper, type KeeperOptions, type LoadInfo } from './index-keeper.ts';
import type { MatchEngine, MatchTiming } from './match-engine.ts';
import { listReports, storeStats } from './queries.ts';
import { listStories } from './story-list.ts';
import type { StoryPage, StoryQuery } from '../model/story-list.ts';
import { getReportRows } from './raw-reads.ts';
import { ReportCache } from './report-cache.ts';
import { reportKey } from './keys.ts';
import { toReport } from './rows.ts';
import { SerialQueue } from './serial-queue.ts';
import { StoryFiling } from './story-filing.ts';
import { readSettings, setSitePaused } from './settings.ts';
import type { SettingsBackend } from './settings-backend.ts';
import { checkReportInput } from '../model/validate-report.ts';
import { clearReports, commitStaged, deleteReportRow, importRows, putReport } from './writes.ts';

/**
 * Snapshot write after this much quiet (no save, no answer): a burst of saves costs one
 * serialization, and it blocks the worker's thread (hundreds of ms at 10k reports) while the
 * reader reads a page rather than between pages opened in a row (tabs, or 2 s apart as the
 * per-tab rate limit allows). Well within Chrome's 30 s idle stop, so a stopped worker's
 * snapshot is current.
 */
const PERSIST_DELAY_MS = 5_000;
/** …but never later than this during a steady stream (a killed worker replays at most this). */
const PERSIST_MAX_DELAY_MS = 60_000;
/**
 * Saves the snapshot may lack before it is rewritten: a cold start replays at most about this
 * many rows (a few ms each), where writing the snapshot for every page read would write the
 * whole index (26 MB at 10k reports) each time.
 */
const PERSIST_MIN_CHANGES = 16;
/** Reports kept decoded in memory for matching (those of recent stories). */
const REPORT_CACHE_SIZE = 300;
/** Characters of report JSON per export page (a runtime message stays well under its cap). */
const EXPORT_PAGE_CHARS = 8_000_000;
/** Reports per export page at most. */
const EXPORT_PAGE_REPORTS = 2_000;

/**
 * Rows replayed at a load that are filed in their stories afterwards, at most. A worker restart
 * replays the few saves its snapshot lacked (tens); far more is a rebuild from scratch (no
 * usable snapshot), whose filing would hold the write queue for minutes.
 */
const REPLAY_FILING_MAX = 2_000;

/** Replayed rows are filed this long after the load (its first answer goes first). */
const REPLAY_FILING_DELAY_MS = 1_000;

/** Waits before retrying a page's save that failed after matchPage answered (transient errors). */
const SAVE_RETRY_DELAYS_MS = [250, 1_500];

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
  /** When the index snapshot is written (tests; defaults to the PERSIST_* constants). */
  persist?: Partial<Omit<KeeperOptions, 'onError'>>;
  onError?: (error: unknown) => void;
  /** Settings kept elsewhere (the extension: storage.sync); default: this database. */
  settings?: SettingsBackend;
}

/** The store API the background (for the UI) and tools share. All writes are serialized. */
export interface ReportStore {
  readonly db: CorroborateDb;
  saveReport(input: ReportInput): Promise<number>;
  /**
   * Cross-references the page against every other stored report and answers at once; the page
   * is saved as a report right after (queued, retried), under the `reportId` the answer carries.
   * While the disk is full the save comes first, so the reader sees that error.
   */
  matchPage(input: ReportInput): Promise<PageMatches>;
  /** Resolves once the saves matchPage left running have finished (saved or given up). */
  settled(): Promise<void>;
  getReport(id: number): Promise<Report | null>;
  listReports(query: ListQuery): Promise<{ total: number; items: ReportSummary[] }>;
  /** Stories (reports grouped by story, then by origin), most recently read first. */
  listStories(query: StoryQuery): Promise<StoryPage>;
  deleteReport(id: number): Promise<boolean>;
  clearAll(): Promise<number>;
  stats(): Promise<StoreStats>;
  /** The whole export file as one string (small stores, tests, tools). */
  exportAll(): Promise<string>;
  /** A page of the export file: reports with ids above `after` (null: the first page). */
  exportPage(after: number | null, maxChars?: number): Promise<ExportPage>;
  /** Imports a whole export file given as one string, in one transaction. */
  importAll(json: string): Promise<number>;
  /** Starts a chunked import with the file's header (validated); returns its id. */
  beginImport(header: unknown): Promise<string>;
  /** Stages reports offset.. of an import (validated; nothing is visible before the commit). */
  stageImport(importId: string, offset: number, reports: unknown): Promise<number>;
  /** Applies every staged report of the import in ONE transaction; returns how many. */
  commitImport(importId: string): Promise<number>;
  /** Drops an import and its staged reports. */
  abortImport(importId: string): Promise<boolean>;
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
  const external = options.settings ?? null;
  const settingsNow = () => (external ? external.read() : readSettings(db));
  const cache = new ReportCache(REPORT_CACHE_SIZE);
  const keeper = new IndexKeeper(db, engine, {
    persistDelayMs: PERSIST_DELAY_MS,
    persistMaxDelayMs: PERSIST_MAX_DELAY_MS,
    persistMinChanges: PERSIST_MIN_CHANGES,
    ...options.persist,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  const ids = new IdAllocator(db);
  const staging = new ImportStaging(db, now);
  // Reports waiting to be filed in their stories are filed before any snapshot covers them.
  const fileAndPersist = async (): Promise<void> => {
    await filing.fileAll();
    await keeper.persist();
  };
  const persist = (): Promise<void> => queue.run(fileAndPersist);
  // A due snapshot (not a flush) waits for the answers in flight.
  const persistDue = (): Promise<void> =>
    queue.run(async () => {
      if (!keeper.deferForAnswer()) await fileAndPersist();
    });
  keeper.onPersistDue = () => void persistDue().catch((error) => options.onError?.(error));
  const filing = new StoryFiling({
    engine,
    index: () => keeper.peek(),
    load: (ids) => loadReports(ids),
    queued: (task) => queue.run(task),
    broken: () => keeper.invalidate(),
    onError: (error) => options.onError?.(error),
  });
  // Rows a load replays were saved with no answer this index saw (a worker restart): filed
  // once the first answer is out (a snapshot files them first if it comes sooner). More is a
  // rebuild of the whole index, not filed again (see the constant).
  let replayTimer: ReturnType<typeof setTimeout> | null = null;
  keeper.onReplayed = (replayed) => {
    if (replayed.length > REPLAY_FILING_MAX) return;
    filing.markWaiting(replayed);
    if (replayTimer !== null) clearTimeout(replayTimer);
    replayTimer = setTimeout(() => {
      replayTimer = null;
      filing.fileLater(replayed);
    }, REPLAY_FILING_DELAY_MS);
  };
  /**
   * Inside the queue, after an import: its reports are filed in their stories in the background
   * (a chunk per queue task, the reader's saves in between), and the snapshot is written once
   * they are, queued behind them; a worker stopped before replays and files them at its load.
   */
  const fileImported = async (imported: readonly number[]): Promise<void> => {
    if (!keeper.isLoaded) return;
    if (filing.fileLater(imported)) void persist().catch((error) => options.onError?.(error));
    else await keeper.persist();
  };

  async function loadReports(ids: readonly number[]): Promise<ReadonlyMap<number, Report>> {
    const found = new Map<number, Report>();
    const missing: number[] = [];
    for (const id of ids) {
      const hit = cache.get(id);
      if (hit) found.set(id, hit);
      else missing.push(id);
    }
    if (missing.length > 0) {
      for (const row of await getReportRows(db, missing)) {
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
    const readAt = now();
    return queue.run(() => put(input, readAt, () => ids.take()));
  }

  /** The engine's head start on a report, run while the database works (see putReport). */
  const prepareFor = (input: ReportInput) => () => engine.prepare?.(input);
  /** prepareFor run now, while the caller waits on the database; a failure is only lost time. */
  const headStart = (input: ReportInput): void => {
    try {
      engine.prepare?.(input);
    } catch {
      // A head start only (a warmed cache): the answer does the work itself.
    }
  };

  /** Inside the queue: writes one report and applies it to cache and index. */
  async function put(input: ReportInput, readAt: number, newId: () => number): Promise<number> {
    await ids.ready();
    // Indexing follows the write when the index is loaded: its tokenizing can overlap the reads,
    // and the index takes the report while the database commits it (undone if that fails).
    const prepare = keeper.isLoaded ? prepareFor(input) : undefined;
    let undo: (() => void) | null = null;
    try {
      const { report, rev } = await putReport(db, input, readAt, newId, {
        ...(prepare ? { whileWaiting: prepare } : {}),
        whileCommitting: (report, rev) => {
          undo = keeper.applyPut(report, rev);
        },
      });
      cache.set(report);
      if (!undo) keeper.applyPut(report, rev);
      return report.id;
    } catch (error) {
      (undo as (() => void) | null)?.();
      throw error;
    }
  }

  /** Saves matchPage left running, by report key (a second visit of the page waits for it). */
  const pendingSaves = new Map<string, Promise<number>>();
  /** Set while the disk is full: matchPage then saves first, so the reader gets the error. */
  let storageFull = false;

  /** Queues the page's save after its answer; retried on transient errors, logged if lost. */
  function saveLater(key: string, input: ReportInput, id: number, readAt: number): void {
    const attempt = async (n: number): Promise<number> => {
      try {
        return await queue.run(() => put(input, readAt, () => id));
      } catch (error) {
        const delay = SAVE_RETRY_DELAYS_MS[n];
        if (error instanceof StorageFullError || delay === undefined) throw error;
        await new Promise((resolve) => setTimeout(resolve, delay));
        return attempt(n + 1);
      }
    };
    const saving = attempt(0);
    pendingSaves.set(key, saving);
    saving.then(
      () => void (storageFull = false),
      (error: unknown) => {
        if (error instanceof StorageFullError) storageFull = true;
        // Not saved: the page is filed again the next time it is opened.
        options.onError?.(error);
      },
    );
    void saving
      .catch(() => undefined)
      .finally(() => {
        if (pendingSaves.get(key) === saving) pendingSaves.delete(key);
      });
  }

  async function settled(): Promise<void> {
    while (pendingSaves.size > 0) await Promise.allSettled([...pendingSaves.values()]);
  }

  function saveReports(inputs: ReportInput[]): Promise<number[]> {
    for (const [i, input] of inputs.entries()) {
      const invalid = checkReportInput(input, `reports[${i}]`);
      if (invalid) return Promise.reject(new InvalidInputError(`Reports refused: ${invalid}`));
    }
    const readAt = now();
    return queue.run(async () => {
      await ids.ready();
      const written = await importRows(
        db,
        { reports: inputs.map((input) => ({ ...input, readAt })) },
        () => ids.take(),
      );
      for (const { report, rev } of written) {
        cache.delete(report.id);
        keeper.applyPut(report, rev);
      }
      return written.map(({ report }) => report.id);
    });
  }

  async function exportPage(
    after: number | null,
    maxChars = EXPORT_PAGE_CHARS,
  ): Promise<ExportPage> {
    const head =
      after === null
        ? backupHeaderLine(new Date(now()), {
            count: await db.reports.count(),
            settings: await settingsNow(),
          })
        : null;
    const parts: string[] = [];
    let chars = 0;
    let last: number | null = null;
    let full = false;
    await db.transaction('r', db.reports, () =>
      db.reports
        .where(':id')
        .above(after ?? 0)
        .until(() => (full = chars >= maxChars || parts.length >= EXPORT_PAGE_REPORTS))
        .each((row) => {
          const json = backupReportLine(toReport(row));
          parts.push(json);
          chars += json.length;
          last = row.id;
        }),
    );
    return { head, reports: parts.join(''), count: parts.length, next: full ? last : null };
  }

  let lastMatch: MatchInfo | null = null;
  async function matchPage(input: ReportInput): Promise<PageMatches> {
    keeper.answerStarted();
    try {
      return await answerPage(input);
    } finally {
      keeper.answerEnded();
    }
  }

  async function answerPage(input: ReportInput): Promise<PageMatches> {
    const invalid = checkReportInput(input);
    if (invalid) throw new InvalidInputError(`Report refused: ${invalid}`);
    // The disk was full at the last save: save this one first and say so if it fails again.
    const savedFirst = storageFull ? await saveReport(input) : null;
    storageFull = false;
    const t0 = performance.now();
    // The index first: on a cold worker its snapshot is then still current (no write since),
    // which spares the key scan and replay.
    // A cold worker tokenizes the page while the snapshot is read.
    const index = keeper.peek() ?? (await queue.run(() => keeper.load(prepareFor(input))));
    const t1 = performance.now();
    const key = reportKey(input.url, input.canonicalUrl);
    // The same page still being saved (a quick re-run): its id, once it is in the index.
    const pending = savedFirst === null ? pendingSaves.get(key) : Promise.resolve(savedFirst);
    const lookup = Promise.all([
      pending
        ? pending.then(
            (id) => [id],
            () => [] as number[],
          )
        : db.reports.where('key').equals(key).primaryKeys(),
      ids.ready(),
    ]);
    // The database looks the key up on its own thread: tokenize the page meanwhile (the answer
    // starts with it), as a cold load does while the snapshot is read.
    headStart(input);
    const [earlier] = await lookup;
    const existingId = (earlier[0] as number | undefined) ?? null;
    const id = existingId ?? ids.take();
    const readAt = now();
    // Answer first, save after: the reply does not wait for the page's own write (nor does
    // reading the matched reports queue behind it); the page is not in the index while it is
    // matched, and an earlier copy of it is excluded by id.
    const timing: MatchTiming = { queryMs: 0, fetchMs: 0, compareMs: 0 };
    let result: PageMatches;
    try {
      // Never while reports being filed are out of the index (a step: a few reports' work).
      await filing.idle();
      result = await engine.matchPage(input, existingId, index, loadReports, timing);
    } finally {
      if (savedFirst === null) saveLater(key, input, id, readAt);
      // The snapshot checks a cold load left for later, once the reader has the answer.
      void queue.run(() => keeper.verify()).catch((error) => options.onError?.(error));
      // Chunks of an import a stopped worker left behind: deleted once, after the answer.
      void queue.run(() => staging.sweep()).catch((error) => options.onError?.(error));
    }
    lastMatch = { indexMs: t1 - t0, ...timing, totalMs: performance.now() - t0 };
    return { ...result, reportId: id };
  }

  return {
    db,
    saveReport,
    saveReports,
    matchPage,
    settled,
    indexInfo: () => ({ loaded: keeper.isLoaded, lastLoad: keeper.lastLoad, lastMatch }),
    async getReport(id) {
      const row = await db.reports.get(id);
      return row ? toReport(row) : null;
    },
    listReports: (query) => listReports(db, query),
    async listStories(query) {
      // Pages just answered are listed too: their saves first.
      await settled();
      const index = keeper.peek() ?? (await queue.run(() => keeper.load()));
      const page = await listStories(db, engine.stories?.(index) ?? new Map(), query);
      return { ...page, filing: filing.pending };
    },
    deleteReport: (id) =>
      queue.run(async () => {
        const { deleted, rev } = await deleteReportRow(db, id);
        cache.delete(id);
        filing.forget(id);
        if (deleted) keeper.applyDelete(id, rev);
        return deleted;
      }),
    clearAll: () =>
      queue.run(async () => {
        const { deleted, rev } = await clearReports(db);
        cache.clear();
        filing.clear();
        keeper.applyClear(rev);
        return deleted;
      }),
    stats: () => storeStats(db),
    async exportAll() {
      const parts: string[] = [];
      let after: number | null = null;
      for (;;) {
        const page = await exportPage(after, EXPORT_PAGE_CHARS);
        if (page.head) parts.push(page.head);
        parts.push(page.reports);
        if (page.next === null) break;
        after = page.next;
      }
      return parts.join('');
    },
    exportPage,
    async importAll(json) {
      const file = parseExport(json);
      return queue.run(async () => {
        // Imported reports are filed in their stories once indexed: the index first.
        await keeper.load();
        await ids.ready();
        const written = await importRows(
          db,
          external ? { ...file, settings: undefined } : file,
          () => ids.take(),
        );
        if (external && file.settings) await external.merge(file.settings.pausedSites);
        cache.clear();
        for (const { report, rev } of written) keeper.applyPut(report, rev);
        await fileImported(written.map(({ report }) => report.id));
        return written.length;
      });
    },
    beginImport: (header) => staging.begin(header),
    stageImport: (importId, offset, reports) => staging.add(importId, offset, reports),
    commitImport: (importId) =>
      queue.run(async () => {
        const session = staging.live(importId);
        await keeper.load();
        await ids.ready();
        const { first, last } = await commitStaged(
          db,
          importId,
          session.staged,
          external ? undefined : session.header.settings,
          () => ids.take(),
        );
        staging.end(importId);
        const imported = session.header.settings;
        if (external && imported) await external.merge(imported.pausedSites);
        cache.clear();
        await fileImported(await keeper.applyRange(first, last));
        return session.staged;
      }),
    abortImport: (importId) => staging.abort(importId),
    getSettings: settingsNow,
    setSitePaused: (site, paused) =>
      external
        ? external.setPaused(site, paused)
        : queue.run(() => setSitePaused(db, site, paused)),
    warmUp: () =>
      queue.run(async () => {
        await keeper.load();
        await keeper.verify();
      }),
    flush: async () => {
      await settled();
      await persist();
    },
    async close() {
      if (replayTimer !== null) clearTimeout(replayTimer);
      await settled();
      await queue.idle();
      keeper.cancelPersist();
      db.close();
    },
  };
}
