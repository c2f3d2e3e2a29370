import { Dexie, type Table, type Transaction } from 'dexie';
import type { ReportSentence } from '../model/report.ts';
import { reportKey, reportWords } from './keys.ts';
import {
  DB_NAME,
  SCHEMA_HISTORY,
  SETTING_WRITE_SEQ,
  type SettingRow,
  type SnapshotRow,
  type StagingRow,
  type StoredReport,
} from './schema.ts';

export interface CorroborateDb extends Dexie {
  reports: Table<StoredReport, number>;
  settings: Table<SettingRow, string>;
  snapshots: Table<SnapshotRow, string>;
  staging: Table<StagingRow, number>;
}

export interface OpenOptions {
  name?: string;
  /** For tests and tools: an IndexedDB factory other than the global one. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

type Row = Record<string, unknown>;

/** v1 → v2: fields v1 did not have get their neutral values; the dedup key and words appear. */
function upgradeToV2(tx: Transaction): Promise<unknown> {
  return tx
    .table('reports')
    .toCollection()
    .modify((row: Row) => {
      const url = typeof row.url === 'string' ? row.url : '';
      row.canonicalUrl ??= null;
      row.lang ??= null;
      row.byline ??= null;
      row.publishedTime ??= null;
      row.title ??= '';
      row.site ??= '';
      row.text ??= '';
      const sentences = Array.isArray(row.sentences) ? (row.sentences as Row[]) : [];
      row.sentences = sentences.map((s, index): ReportSentence => ({
        index,
        text: typeof s.text === 'string' ? s.text : '',
        start: typeof s.start === 'number' ? s.start : 0,
        end: typeof s.end === 'number' ? s.end : 0,
        kind: (s.kind as ReportSentence['kind']) ?? 'none',
        hedged: s.hedged === true,
        source: typeof s.source === 'string' ? s.source : null,
        sourceType: (s.sourceType as ReportSentence['sourceType']) ?? null,
        cue: typeof s.cue === 'string' ? s.cue : null,
      }));
      row.key = reportKey(url, row.canonicalUrl as string | null);
      row.words = reportWords(row.title as string, row.site as string, url);
    });
}

/** v2 → v3: every existing row gets a write sequence number; the counter starts after them. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  let seq = 0;
  await tx
    .table('reports')
    .toCollection()
    .modify((row: Row) => {
      seq += 1;
      row.rev = seq;
      row.sentenceCount = Array.isArray(row.sentences) ? row.sentences.length : 0;
    });
  await tx.table('settings').put({ key: SETTING_WRITE_SEQ, value: seq });
}

const UPGRADES: Record<number, (tx: Transaction) => Promise<unknown>> = {
  2: upgradeToV2,
  3: upgradeToV3,
};

/** Declares schema versions 1..upTo on `db` (tests stop early to build old databases). */
export function declareSchema(db: Dexie, upTo: number = Infinity): void {
  for (const { version, stores } of SCHEMA_HISTORY) {
    if (version > upTo) break;
    const declared = db.version(version).stores({ ...stores });
    const upgrade = UPGRADES[version];
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** A Dexie handle on the current schema. Opening happens on first use (Dexie auto-open). */
export function createDb(options: OpenOptions = {}): CorroborateDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    // Relaxed: a commit does not wait for the disk flush. Transactions stay atomic (a killed
    // worker leaves all or nothing); only an OS crash may lose the last second of writes, and
    // each save is several times faster.
    chromeTransactionDurability: 'relaxed',
    ...(options.indexedDB ? { indexedDB: options.indexedDB } : {}),
    ...(options.IDBKeyRange ? { IDBKeyRange: options.IDBKeyRange } : {}),
  }) as CorroborateDb;
  declareSchema(db);
  return db;
}
