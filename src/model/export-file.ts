import * as v from 'valibot';
import { type Infer, integer, optional, record, text } from './check.ts';
import type { Report } from './report.ts';
import { siteSettingsSchema } from './store-api.ts';

// The export file's layout and size limits, shared by the store (which writes and reads the
// file), the protocol (which carries it in pages and chunks) and the options page.
export const EXPORT_FORMAT = 'corroborate-export';
/** Version 1: one JSON object with a `reports` array (still imported). */
export const EXPORT_VERSION = 1;
/** Version 2, what export writes: JSON Lines, a header line then one report per line. */
export const EXPORT_LINES_VERSION = 2;
/**
 * Longest line of a version 2 file: the largest report the store accepts (2M characters of
 * text, its sentences' text again, their fields) fits; a longer line is not one of ours.
 */
export const MAX_IMPORT_LINE_CHARS = 8_000_000;
/** Ten years of heavy reading; beyond this a file is not an export of ours. */
export const MAX_IMPORT_REPORTS = 200_000;
/**
 * Largest file `importAll` takes in one piece (the runtime message cap); the options page sends
 * larger files in chunks (see ImportStaging).
 */
export const MAX_IMPORT_CHARS = 60_000_000;
/** Reports per import chunk message at most (a chunk stays a few MB). */
export const MAX_IMPORT_CHUNK = 1_000;

/** An export file's header: everything but the reports (a version 2 file's first line). */
export const exportHeaderSchema = record(
  {
    format: v.literal(
      EXPORT_FORMAT,
      (issue) =>
        `the file is not a Corroborate export (format is ${JSON.stringify(issue.input)?.slice(0, 60) ?? 'missing'}, expected "${EXPORT_FORMAT}")`,
    ),
    version: v.picklist(
      [EXPORT_VERSION, EXPORT_LINES_VERSION],
      (issue) =>
        `export version ${JSON.stringify(issue.input)?.slice(0, 20) ?? 'missing'} is not supported (this version reads ${EXPORT_VERSION} and ${EXPORT_LINES_VERSION})`,
    ),
    exportedAt: text(100),
    settings: optional(siteSettingsSchema),
    /** Version 2: how many report lines follow, when the writer knew (progress only). */
    count: optional(integer(0, MAX_IMPORT_REPORTS)),
  },
  'the file is not a Corroborate export (expected a JSON object)',
);
export type ExportHeader = Infer<typeof exportHeaderSchema>;

export type ExportFile = ExportHeader & { reports: Report[] };

/** One page of an export (version 2): report lines, each ending in a newline. */
export interface ExportPage {
  /** The header line (first page only). */
  head: string | null;
  reports: string;
  count: number;
  /** Pass as `after` for the next page; null after the last one. */
  next: number | null;
}
