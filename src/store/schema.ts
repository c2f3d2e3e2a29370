import type { Report } from '../model/report.ts';

/** Name of the IndexedDB database in the extension's origin. */
export const DB_NAME = 'corroborate';

/**
 * Every schema the store has had, oldest first. Dexie needs the full history to upgrade a
 * database of any earlier version; tests open fixture databases at each of these versions.
 * - v1: reports keyed by unique url; settings.
 * - v2: dedup key (canonical url, else url) instead of unique url, canonicalUrl and lang fields,
 *   richer sentences (hedged, sourceType, cue), search words.
 * - v3: write sequence (`rev`) and sentence counts, and the persisted match-index snapshot.
 * - v4: staging rows of a chunked import, moved into `reports` in one transaction at its end.
 */
export const SCHEMA_HISTORY = [
  { version: 1, stores: { reports: '++id, &url, site, readAt', settings: '&key' } },
  {
    version: 2,
    stores: { reports: '++id, key, url, canonicalUrl, site, readAt, *words', settings: '&key' },
  },
  {
    version: 3,
    stores: {
      reports: '++id, key, url, canonicalUrl, site, readAt, *words, rev, sentenceCount',
      settings: '&key',
      snapshots: '&name',
    },
  },
  {
    version: 4,
    stores: {
      reports: '++id, key, url, canonicalUrl, site, readAt, *words, rev, sentenceCount',
      settings: '&key',
      snapshots: '&name',
      staging: '++seq, importId',
    },
  },
] as const;

export const CURRENT_VERSION = SCHEMA_HISTORY[SCHEMA_HISTORY.length - 1]!.version;

/** A report row: the report plus fields the store derives for lookups. */
export interface StoredReport extends Report {
  /** Dedup key: normalized canonical url, else url. Re-reading the same article updates it. */
  key: string;
  /** Lower-cased words of title, site and url, for search (multiEntry index). */
  words: string[];
  /** Write sequence number: which writes a persisted match-index snapshot already covers. */
  rev: number;
  sentenceCount: number;
}

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The persisted match index and exactly what it covers, so a restart replays only the rest. */
export interface SnapshotRow {
  name: string;
  /** Format of `bytes` (the engine's own version); a mismatch means rebuild. */
  format: number;
  /**
   * The engine's serialized index, kept as a Blob: Chromium reads a Blob's bytes back about
   * three times as fast as a byte array's structured clone (test/bench/probe-idb-read.ts).
   * Rows written before that hold a Uint8Array, read as they are.
   */
  bytes: Blob | Uint8Array;
  /** Every write with rev <= this one is in `bytes`. */
  rev: number;
  /** Ids of the reports in `bytes`; reports deleted since are removed on load. */
  ids: number[];
  savedAt: number;
}

/** One chunk of a chunked import, waiting for its commit (see ImportStaging). */
export interface StagingRow {
  seq?: number;
  importId: string;
  reports: Report[];
}

export const SETTING_PAUSED_SITES = 'pausedSites';
export const SETTING_WRITE_SEQ = 'writeSeq';
/** Sequence number of the last write that deleted reports (see IndexKeeper.load). */
export const SETTING_LAST_DELETE = 'lastDeleteSeq';
export const SNAPSHOT_NAME = 'match-index';
