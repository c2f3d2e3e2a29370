import type { Report } from './report.ts';

// The backup file as JSON Lines: a header line, then one report per line. A reader can take it
// apart with `jq` or `head`, and neither side ever holds the whole file as one string: the
// store writes it a page at a time, the options page and `corroborate pack` a line at a time.

/** The format name every backup file's header carries (both versions). */
export const BACKUP_FORMAT = 'corroborate-export';
/** Version 2 is JSON Lines; version 1 was one JSON object with a `reports` array. */
export const BACKUP_LINES_VERSION = 2;

/** The first line of a version 2 file. */
export interface BackupLinesHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_LINES_VERSION;
  exportedAt: string;
  /** How many report lines follow, when the writer knew it in advance (for progress only). */
  count?: number;
  settings?: { pausedSites: string[] };
}

/** The header line of a version 2 file, newline included. */
export function backupHeaderLine(
  exportedAt: Date,
  extra: { count?: number; settings?: { pausedSites: string[] } } = {},
): string {
  const header: BackupLinesHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_LINES_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...extra,
  };
  return `${JSON.stringify(header)}\n`;
}

/** One report's line, newline included (JSON.stringify escapes every newline inside strings). */
export function backupReportLine(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}
