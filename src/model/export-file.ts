import type { Report } from './report.ts';

// The export file's layout and size limits, shared by the store (which writes and reads the
// file), the protocol (which carries it in pages and chunks) and the options page.
export const EXPORT_FORMAT = 'corroborate-export';
export const EXPORT_VERSION = 1;
/** Ten years of heavy reading; beyond this a file is not an export of ours. */
export const MAX_IMPORT_REPORTS = 200_000;
/**
 * Largest file `importAll` takes in one piece (the runtime message cap); the options page sends
 * larger files in chunks (see ImportStaging).
 */
export const MAX_IMPORT_CHARS = 60_000_000;
/** Reports per import chunk message at most (a chunk stays a few MB). */
export const MAX_IMPORT_CHUNK = 1_000;

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  reports: Report[];
  settings?: { pausedSites: string[] };
}

/** An export file's header: everything but the reports. */
export type ExportHeader = Omit<ExportFile, 'reports'>;

/** One page of an export: JSON of reports, comma-separated, to go between `head` and "]}". */
export interface ExportPage {
  /** The file's opening up to `"reports":[` (first page only). */
  head: string | null;
  reports: string;
  count: number;
  /** Pass as `after` for the next page; null after the last one. */
  next: number | null;
}
