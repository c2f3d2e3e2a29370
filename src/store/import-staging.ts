import type { CorroborateDb } from './db.ts';
import { InvalidInputError } from './errors.ts';
import { MAX_IMPORT_CHUNK, MAX_IMPORT_REPORTS, type ExportHeader } from '../model/export-file.ts';
import { checkExportHeader, checkExportReports } from './export-format.ts';
import { toReport } from './rows.ts';
import type { StoredReport } from './schema.ts';

/** An import nobody has added to for this long is dropped with its staged chunks. */
const IDLE_IMPORT_MS = 30 * 60_000;

interface Session {
  header: ExportHeader;
  staged: number;
  touchedAt: number;
}

function refuse(reason: string): never {
  throw new InvalidInputError(`Import refused, nothing was changed: ${reason}`);
}

/**
 * The staging side of a chunked import: the options page sends the file's header, then its
 * reports in chunks, each validated and written to the `staging` table (not to `reports`); the
 * commit moves them all in one transaction (writes.ts `commitStaged`). The sessions live in the
 * worker's memory only: after a restart their chunks belong to nobody and are deleted, so an
 * import cut short changes nothing and leaves nothing behind.
 */
export class ImportStaging {
  private readonly sessions = new Map<string, Session>();
  private swept = false;

  constructor(
    private readonly db: CorroborateDb,
    private readonly now: () => number = Date.now,
  ) {}

  async begin(header: unknown): Promise<string> {
    const checked = checkExportHeader(header);
    await this.sweep(true);
    const id = crypto.randomUUID();
    this.sessions.set(id, { header: checked, staged: 0, touchedAt: this.now() });
    return id;
  }

  /** Validates and stages reports `offset..` of import `id`; returns how many are staged. */
  async add(id: string, offset: number, reports: unknown): Promise<number> {
    const session = this.live(id);
    if (offset !== session.staged) {
      refuse(`chunk at report ${offset} out of order (expected report ${session.staged})`);
    }
    const checked = checkExportReports(reports, offset);
    if (checked.length > MAX_IMPORT_CHUNK) refuse(`chunk too large (${checked.length} reports)`);
    if (session.staged + checked.length > MAX_IMPORT_REPORTS) {
      refuse(`too many reports (more than ${MAX_IMPORT_REPORTS})`);
    }
    // Only the known fields are kept (toReport copies them), like every other write.
    const clean = checked.map((r) => toReport(r as StoredReport));
    await this.db.staging.add({ importId: id, reports: clean });
    session.staged += clean.length;
    session.touchedAt = this.now();
    return session.staged;
  }

  /** The session to commit (it must be live); the caller commits, then calls `end`. */
  live(id: string): Session {
    const session = this.sessions.get(id);
    if (!session) {
      refuse(
        'the import was interrupted (the extension restarted or it took too long); start it again',
      );
    }
    return session;
  }

  end(id: string): void {
    this.sessions.delete(id);
  }

  async abort(id: string): Promise<boolean> {
    const had = this.sessions.delete(id);
    await this.db.staging.where('importId').equals(id).delete();
    return had;
  }

  /**
   * Deletes staged chunks of no live import (left by a worker that stopped mid-import) and
   * drops imports idle too long. Without `always`, only the first call after start does work.
   */
  async sweep(always = false): Promise<void> {
    if (this.swept && !always) return;
    this.swept = true;
    const now = this.now();
    for (const [id, s] of this.sessions) {
      if (now - s.touchedAt > IDLE_IMPORT_MS) this.sessions.delete(id);
    }
    const live = [...this.sessions.keys()];
    const orphans =
      live.length > 0
        ? this.db.staging.where('importId').noneOf(live)
        : this.db.staging.toCollection();
    await orphans.delete();
  }
}
