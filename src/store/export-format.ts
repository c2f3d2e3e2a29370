import { arrayOf, isRecord, object, optional, str } from '../model/check.ts';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_REPORTS,
  type ExportFile,
  type ExportHeader,
} from '../model/export-file.ts';
import type { Report } from '../model/report.ts';
import { checkReport } from '../model/validate-report.ts';
import { InvalidInputError } from './errors.ts';

const settingsShape = optional(object({ pausedSites: arrayOf(str(253), 10_000) }));

function fail(reason: string): never {
  throw new InvalidInputError(`Import refused, nothing was changed: ${reason}`);
}

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

/**
 * Parses and validates an export file completely before anything is written. Strings are kept
 * as plain data (a title full of markup stays that text); every field is type- and size-checked.
 */
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
