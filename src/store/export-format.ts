import { arrayOf, isRecord, object, optional, str } from '../messaging/check.ts';
import type { Report } from '../model/report.ts';
import { InvalidInputError } from './errors.ts';
import { checkReport } from './validate-report.ts';

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

const settingsShape = optional(object({ pausedSites: arrayOf(str(253), 10_000) }));

function fail(reason: string): never {
  throw new InvalidInputError(`Import refused, nothing was changed: ${reason}`);
}

/**
 * Parses and validates an export file completely before anything is written. Strings are kept
 * as plain data (a title full of markup stays that text); every field is type- and size-checked.
 */
/** An export file's header: everything but the reports. */
export type ExportHeader = Omit<ExportFile, 'reports'>;

/** Validates the header fields of an export file (format, version, time, settings). */
export function checkExportHeader(data: unknown): ExportHeader {
  if (!isRecord(data)) fail('the file is not a Corroborate export (expected a JSON object)');
  if (data.format !== EXPORT_FORMAT) {
    fail(
      `the file is not a Corroborate export (format is ${JSON.stringify(data.format)?.slice(0, 60)}, expected "${EXPORT_FORMAT}")`,
    );
  }
  if (data.version !== EXPORT_VERSION) {
    fail(
      `export version ${JSON.stringify(data.version)?.slice(0, 20)} is not supported (this version reads ${EXPORT_VERSION})`,
    );
  }
  const exportedAt = str(100)(data.exportedAt, 'exportedAt');
  if (exportedAt) fail(exportedAt);
  const settingsError = settingsShape(data.settings, 'settings');
  if (settingsError) fail(settingsError);
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: data.exportedAt as string,
  };
  if (data.settings !== undefined) header.settings = data.settings as ExportHeader['settings'];
  return header;
}

/** Validates reports `offset..` of an import (an error names the report by its index). */
export function checkExportReports(reports: unknown, offset: number): Report[] {
  if (!Array.isArray(reports)) fail('reports: expected an array of reports');
  for (let i = 0; i < reports.length; i++) {
    const error = checkReport(reports[i], `reports[${offset + i}]`);
    if (error) fail(error);
  }
  return reports as Report[];
}

/** Parses the text of an export file and checks its header (the page's side of a chunked import). */
export function parseExportText(json: string): { header: ExportHeader; reports: unknown[] } {
  if (typeof json !== 'string') fail('the file is not text');
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    fail(`the file is not valid JSON (${detail.slice(0, 120)})`);
  }
  const header = checkExportHeader(data);
  const reports = (data as Record<string, unknown>).reports;
  if (!Array.isArray(reports)) fail('reports: expected an array of reports');
  if (reports.length > MAX_IMPORT_REPORTS) {
    fail(`too many reports (${reports.length}, at most ${MAX_IMPORT_REPORTS})`);
  }
  return { header, reports };
}

export function parseExport(json: string): ExportFile {
  if (typeof json !== 'string') fail('the file is not text');
  if (json.length > MAX_IMPORT_CHARS) {
    fail(`the file is too large (${json.length} characters, at most ${MAX_IMPORT_CHARS})`);
  }
  const { header, reports } = parseExportText(json);
  return { ...header, reports: checkExportReports(reports, 0) };
}

/** Serializes reports one at a time, so a large store never needs two full copies at once. */
export function exportHeader(exportedAt: Date): string {
  return `{"format":"${EXPORT_FORMAT}","version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(exportedAt.toISOString())},`;
}
