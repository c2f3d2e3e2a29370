import type { Report } from '../model/report.ts';
import type { CorroborateDb } from './db.ts';
import type { MatchEngine } from './match-engine.ts';
import { toReport } from './rows.ts';
import { runSliced } from './run-sliced.ts';
import {
  SETTING_LAST_DELETE,
  SETTING_WRITE_SEQ,
  SNAPSHOT_NAME,
  type SnapshotRow,
} from './schema.ts';

export interface KeeperOptions {
  /** Quiet time after the last change before the snapshot is written. */
  persistDelayMs: number;
  /** Upper bound on how stale the snapshot gets during a steady stream of writes. */
  persistMaxDelayMs: number;
  /**
   * Saves the snapshot may lack before one is written (a load replays them from their rows);
   * deletes and clears are persisted whatever their number.
   */
  persistMinChanges: number;
  onError?: (error: unknown) => void;
}

/** How the last load went: for diagnostics, the options page and the benchmark. */
export interface LoadInfo {
  /** Reports taken from the snapshot as they were. */
  fromSnapshot: number;
  /** Reports (re)indexed from their rows: written after the snapshot, or all on a rebuild. */
  replayed: number;
  snapshotBytes: number;
  /** Reading snapshot and keys, decoding the snapshot, replaying rows; total. */
  readMs: number;
  decodeMs: number;
  replayMs: number;
  totalMs: number;
  /** When the load started, ms after the worker (or page) did: how long it waited to begin. */
  startedAt: number;
}

interface Loaded<I> {
  index: I;
  ids: Set<number>;
  /** Every write with rev <= coveredRev is in `index`. */
  coveredRev: number;
}

function isValidSnapshot(row: SnapshotRow | undefined, format: number, seq: number): boolean {
  return (
    row !== undefined &&
    row.format === format &&
    (row.bytes instanceof Uint8Array ||
      (typeof Blob !== 'undefined' && row.bytes instanceof Blob)) &&
    Number.isInteger(row.rev) &&
    row.rev >= 0 &&
    row.rev <= seq &&
    Array.isArray(row.ids) &&
    row.ids.every((id) => Number.isInteger(id))
  );
}

/** Bytes a Blob copies in one slice of the snapshot write. */
const BLOB_PART_BYTES = 1 << 22;

/**
 * The snapshot's bytes as a Blob, copied a part per step (a Blob of Blobs refers to its parts:
 * the bytes are copied once, in slices, instead of all in one task).
 */
function* blobSteps(bytes: Uint8Array): Generator<void, Blob, void> {
  const parts: Blob[] = [];
  for (let at = 0; at < bytes.length; at += BLOB_PART_BYTES) {
    // serialize returns bytes of a fresh ArrayBuffer (never a shared one).
    const part = bytes.subarray(at, Math.min(bytes.length, at + BLOB_PART_BYTES));
    parts.push(new Blob([part as Uint8Array<ArrayBuffer>]));
    yield;
  }
  return new Blob(parts);
}

/** A snapshot row's bytes (read from its Blob, or as stored by an older build). */
async function bytesOf(stored: Blob | Uint8Array): Promise<Uint8Array> {
  return stored instanceof Uint8Array ? stored : new Uint8Array(await stored.arrayBuffer());
}

/**
 * Owns the in-memory match index: loads it lazily from the persisted snapshot and replays only
 * the writes the snapshot does not cover; applies each committed write; persists the snapshot
 * debounced. Every method except `peek` must run inside the store's write queue, so the index
 * always reflects a prefix of the committed writes.
 */
export class IndexKeeper<I> {
  private loaded: Loaded<I> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A snapshot is owed since firstPendingAt (its timer may be waiting for an answer). */
  private owed = false;
  private firstPendingAt = 0;
  /** Answers in flight: a due snapshot (hundreds of ms on the worker's one thread) waits. */
  private answering = 0;
  /** A due snapshot put off for an answer: armed again when the answers are out. */
  private deferred = false;
  /** Changes in the loaded index that the snapshot on disk lacks. */
  private unsaved = 0;
  lastLoad: LoadInfo | null = null;

  constructor(
    private readonly db: CorroborateDb,
    private readonly engine: MatchEngine<I>,
    private readonly options: KeeperOptions,
  ) {}

  get isLoaded(): boolean {
    return this.loaded !== null;
  }

  /** The index as loaded now (no loading); for readers outside the write queue. */
  peek(): I | null {
    return this.loaded?.index ?? null;
  }

  /**
   * The index, loaded once. `whileWaiting` runs while the snapshot is being read (a cold
   * worker's first page can be tokenized meanwhile); what it throws is ignored.
   */
  async load(whileWaiting?: () => void): Promise<I> {
    if (this.loaded) return this.loaded.index;
    const { db, engine } = this;
    const t0 = performance.now();
    // The snapshot's row and the write sequence it is checked against, in one transaction; its
    // bytes are read after it (reading a Blob is no database request), while the caller's head
    // start runs.
    const [seqRow, snap] = await db.transaction('r', db.settings, db.snapshots, () =>
      Promise.all([db.settings.get(SETTING_WRITE_SEQ), db.snapshots.get(SNAPSHOT_NAME)]),
    );
    const seq = Number(seqRow?.value ?? 0);
    const valid = snap !== undefined && isValidSnapshot(snap, engine.format, seq);
    const reading = valid ? bytesOf(snap.bytes) : Promise.resolve(null);
    try {
      whileWaiting?.();
    } catch {
      // Only ever a head start.
    }
    const bytes = await reading.catch(() => null); // an unreadable file: rebuild below
    const t1 = performance.now();
    let index: I | null = null;
    let ids = new Set<number>();
    let rev = 0;
    if (valid && bytes) {
      try {
        index = engine.deserialize(bytes);
        ids = new Set(snap.ids);
        rev = snap.rev;
      } catch {
        index = null; // unreadable bytes: rebuild below
      }
    }
    if (index === null) {
      index = engine.create();
      ids = new Set();
      rev = 0;
    }
    const t2 = performance.now();
    // Every write bumps the sequence: a snapshot at the current one is the database exactly
    // (the keeper runs in the write queue, so no write came between the two transactions).
    const state =
      rev === seq && ids.size > 0
        ? {
            coveredRev: seq,
            info: this.info(ids.size, 0, bytes, t0, t1, t2),
            unsaved: 0,
            rebuilt: false,
            replayedIds: [] as number[],
          }
        : await this.replay(index, ids, rev, snap, bytes, { t0, t1, t2 });
    this.loaded = { index, ids, coveredRev: state.coveredRev };
    this.lastLoad = { ...state.info, totalMs: performance.now() - t0 };
    this.unsaved = state.unsaved;
    if (ids.size > 0) this.schedulePersist(state.rebuilt);
    if (state.replayedIds.length > 0) this.onReplayed(state.replayedIds);
    return index;
  }

  /**
   * Brings an index loaded at `rev` (0 and empty: none loaded) up to the database: replays the
   * saves after it from their rows, and drops reports deleted since.
   */
  private async replay(
    index: I,
    ids: Set<number>,
    rev: number,
    snap: SnapshotRow | undefined,
    bytes: Uint8Array | null,
    times: { t0: number; t1: number; t2: number },
  ) {
    const { db, engine } = this;
    return db.transaction('r', db.reports, db.settings, async () => {
      const [seqRow, deleteRow] = await Promise.all([
        db.settings.get(SETTING_WRITE_SEQ),
        db.settings.get(SETTING_LAST_DELETE),
      ]);
      const seq = Number(seqRow?.value ?? 0);
      const lastDelete = Number(deleteRow?.value ?? 0);
      // A snapshot that only lacks later saves (no delete since) needs just those rows
      // replayed; only a delete since it (or no snapshot) calls for the key scan (tens of ms on
      // a large store).
      const scan = ids.size === 0 || lastDelete > rev;
      const keys = scan ? new Set(await db.reports.toCollection().primaryKeys()) : null;
      if (keys) {
        for (const id of ids) {
          if (!keys.has(id)) {
            engine.remove(index, id);
            ids.delete(id);
          }
        }
      }
      const fromSnapshot = ids.size;
      let replayed = 0;
      const replayedIds: number[] = [];
      const apply = (report: Report): void => {
        if (ids.has(report.id)) engine.remove(index, report.id);
        engine.add(index, report);
        ids.add(report.id);
        replayed += 1;
        replayedIds.push(report.id);
      };
      await db.reports
        .where('rev')
        .above(rev)
        .each((row) => apply(toReport(row)));
      // Rows the snapshot claims to cover but does not hold (should not happen): add them too.
      const missing = keys ? [...keys].filter((id) => !ids.has(id)) : [];
      for (const row of await db.reports.bulkGet(missing)) if (row) apply(toReport(row));
      const info = this.info(fromSnapshot, replayed, bytes, times.t0, times.t1, times.t2);
      // A rebuilt index (no usable snapshot) or one that dropped deleted reports is written
      // soon; replayed saves only count towards the next snapshot.
      const rebuilt = rev === 0 || fromSnapshot < (snap?.ids.length ?? 0);
      return { coveredRev: seq, info, unsaved: replayed, rebuilt, replayedIds };
    });
  }

  private info(
    fromSnapshot: number,
    replayed: number,
    bytes: Uint8Array | null,
    t0: number,
    t1: number,
    t2: number,
  ): LoadInfo {
    return {
      fromSnapshot,
      replayed,
      snapshotBytes: bytes?.byteLength ?? 0,
      readMs: t1 - t0,
      decodeMs: t2 - t1,
      replayMs: performance.now() - t2,
      totalMs: 0,
      startedAt: t0,
    };
  }

  /**
   * A report was written (new or updated) by the write with sequence number `rev`. Returns how to
   * take it back out, for a write applied while it was still committing that then failed (in the
   * same queue task, so nothing was applied after it): a new report is removed again; an update
   * has already dropped the report's earlier version, so the index is dropped and rebuilt.
   */
  applyPut(report: Report, rev: number): () => void {
    const loaded = this.loaded;
    if (!loaded) return () => undefined; // the next load replays it from the database
    const updated = loaded.ids.has(report.id);
    const covered = loaded.coveredRev;
    this.guard(() => {
      if (updated) this.engine.remove(loaded.index, report.id);
      this.engine.add(loaded.index, report);
      loaded.ids.add(report.id);
      loaded.coveredRev = rev;
    });
    return () => {
      if (this.loaded !== loaded) return;
      if (updated) return this.invalidate();
      this.guard(() => {
        if (loaded.ids.delete(report.id)) this.engine.remove(loaded.index, report.id);
        loaded.coveredRev = covered;
      });
    };
  }

  /**
   * The writes with revs first..last (one committed import) into the loaded index, read back
   * from the database in rev order; nothing to do when the index is not loaded (its next load
   * replays them). Returns the ids applied, in that order.
   */
  async applyRange(first: number, last: number): Promise<number[]> {
    if (!this.loaded) return [];
    const applied: number[] = [];
    const rows = this.db.reports.where('rev').between(first, last, true, true);
    await rows.each((row) => {
      this.applyPut(toReport(row), row.rev);
      applied.push(row.id);
    });
    return applied;
  }

  applyDelete(id: number, rev: number): void {
    const loaded = this.loaded;
    if (!loaded) return;
    this.guard(() => {
      if (loaded.ids.delete(id)) this.engine.remove(loaded.index, id);
      loaded.coveredRev = rev;
    }, true);
  }

  applyClear(rev: number): void {
    this.loaded = { index: this.engine.create(), ids: new Set(), coveredRev: rev };
    this.schedulePersist(true);
  }

  /** Forget the in-memory index; the next load rebuilds it from snapshot and database. */
  invalidate(): void {
    this.loaded = null;
  }

  /** Applies a change to the loaded index; `urgent` (a delete) is persisted whatever the count. */
  private guard(change: () => void, urgent = false): void {
    try {
      change();
      this.unsaved += 1;
      this.schedulePersist(urgent);
    } catch (error) {
      // The database is the truth: drop the index and let the next use rebuild it.
      this.options.onError?.(error);
      this.invalidate();
    }
  }

  /**
   * Writes the snapshot after a quiet spell, once it lacks persistMinChanges saves (or at once
   * for `urgent` changes): each snapshot is the whole index (26 MB at 10k reports), too much
   * to write for every page read, while a load replays a few saves in milliseconds.
   */
  schedulePersist(urgent = false): void {
    if (!urgent && !this.owed && this.unsaved < this.options.persistMinChanges) return;
    const now = Date.now();
    if (!this.owed) {
      this.owed = true;
      this.firstPendingAt = now;
    }
    if (this.timer !== null) clearTimeout(this.timer);
    const waited = now - this.firstPendingAt;
    const delay = Math.max(
      0,
      Math.min(this.options.persistDelayMs, this.options.persistMaxDelayMs - waited),
    );
    this.timer = setTimeout(() => {
      this.timer = null;
      this.onPersistDue();
    }, delay);
  }

  /**
   * The store is answering a page. Serializing the index blocks the worker's thread, so a
   * snapshot never starts while an answer is in flight, and an answer restarts the quiet spell
   * a due snapshot waits for (the reader's next page is least likely while they read this one).
   */
  answerStarted(): void {
    this.answering += 1;
    if (this.owed && !this.deferred) this.schedulePersist();
  }

  answerEnded(): void {
    this.answering = Math.max(0, this.answering - 1);
    if (this.answering > 0 || !this.deferred) return;
    this.deferred = false;
    this.schedulePersist();
  }

  /**
   * For the store's due snapshot, at the head of the write queue: true when an answer is in
   * flight, and the snapshot is then put off until the answers are out.
   */
  deferForAnswer(): boolean {
    if (this.answering === 0) return false;
    this.deferred = true;
    return true;
  }

  /**
   * Set by the store: the reports a load (re)indexed from their rows, in write order. They were
   * saved with no answer this index saw (a worker restart, a rebuild): the store files them.
   */
  onReplayed: (ids: number[]) => void = () => undefined;

  /** Set by the store: queues `persist` behind the writes in flight. */
  onPersistDue: () => void = () => undefined;

  cancelPersist(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.owed = false;
    this.deferred = false;
  }

  /**
   * Runs the snapshot checks the load left for later (after the first answer). A corrupt
   * snapshot is deleted and the index dropped: its next use rebuilds it from the database.
   */
  async verify(): Promise<void> {
    const loaded = this.loaded;
    const { engine } = this;
    if (!loaded || !engine.verify) return;
    try {
      // In slices, as the snapshot is written (see persist): pages read meanwhile are answered.
      if (engine.verifySteps) await runSliced(engine.verifySteps(loaded.index));
      else engine.verify(loaded.index);
    } catch (error) {
      this.options.onError?.(error);
      if (this.loaded === loaded) this.invalidate();
      await this.db.snapshots.delete(SNAPSHOT_NAME);
    }
  }

  /** Writes the snapshot of the index as it is now. */
  async persist(): Promise<void> {
    this.cancelPersist();
    await this.verify();
    const loaded = this.loaded;
    if (!loaded) return;
    this.unsaved = 0;
    // In slices, so that a page read meanwhile is answered between them; the writes wait in
    // the queue that runs this, so the index holds still until the bytes are out.
    const { engine } = this;
    const bytes = engine.serializeSteps
      ? await runSliced(engine.serializeSteps(loaded.index))
      : engine.serialize(loaded.index);
    const row: SnapshotRow = {
      name: SNAPSHOT_NAME,
      format: engine.format,
      bytes: await runSliced(blobSteps(bytes)),
      rev: loaded.coveredRev,
      ids: [...loaded.ids],
      savedAt: Date.now(),
    };
    await this.db.snapshots.put(row);
  }
}
