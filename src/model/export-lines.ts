import { EXPORT_FORMAT, EXPORT_LINES_VERSION, type ExportHeader } from './export-file.ts';
import type { Report } from './report.ts';

// The backup file as JSON Lines: a header line, then one report per line. A reader can take it
// apart with `jq` or `head`, and neither side ever holds the whole file as one string: the
// store writes it a page at a time, the options page and `corroborate pack` a line at a time.

/** The header line of a version 2 file, newline included. */
export function backupHeaderLine(
  exportedAt: Date,
  extra: { count?: number; settings?: { pausedSites: string[] } } = {},
): string {
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_LINES_VERSION,
    exportedAt: exportedAt.toISOString(),
    ...extra,
  };
  return `${JSON.stringify(header)}\n`;
}

/** One report's line, newline included (JSON.stringify escapes every newline inside strings). */
export function backupReportLine(report: Report): string {
  return `${JSON.stringify(report)}\n`;
}
