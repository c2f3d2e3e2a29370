import { isRecord, parse } from '../model/check.ts';
import {
  EXPORT_VERSION,
  exportHeaderSchema,
  MAX_IMPORT_LINE_CHARS,
  MAX_IMPORT_CHARS,
  MAX_IMPORT_REPORTS,
  type ExportFile,
  type ExportHeader,
} from '../model/export-file.ts';
import type { Report } from '../model/report.ts';
import { reportSchema } from '../model/validate-report.ts';
import { InvalidInputError } from './errors.ts';

function fail(reason: string): never {
  throw new InvalidInputError(`Import refused, nothing was changed: ${reason}`);
}

/** Validates the header fields of an export file (format, version, time, settings). */
export function checkExportHeader(data: unknown): ExportHeader {
  const header = parse(exportHeaderSchema, data, '');
  if (header.ok) return header.value;
  // Their messages speak of the whole file ("the file is not a Corroborate export").
  fail(header.path === 'format' || header.path === 'version' ? header.message : header.error);
}

/** Validates reports `offset..` of an import (an error names the report by its index). */
export function checkExportReports(reports: unknown, offset: number): Report[] {
  if (!Array.isArray(reports)) fail('reports: expected an array of reports');
  // The schema's output: each report with only the fields a report has.
  return reports.map((report: unknown, i) => {
    const checked = parse(reportSchema, report, `reports[${offset + i}]`);
    if (!checked.ok) fail(checked.error);
    return checked.value;
  });
}

/**
 * Parses the text of an export file, either version, and checks its header (the store's
 * one-piece import, and the options page's path for version 1 files).
 */
export function parseExportText(json: string): { header: ExportHeader; reports: unknown[] } {
  if (typeof json !== 'string') fail('the file is not text');
  const text = json.charCodeAt(0) === 0xfeff ? json.slice(1) : json;
  const lines = linesHeader(text);
  if (lines) return lines;
  const data = parseJson(text, 'the file');
  const header = checkExportHeader(data);
  if (header.version !== EXPORT_VERSION)
    fail('a version 2 file has its header on a line of its own');
  const reports = (data as Record<string, unknown>).reports;
  if (!Array.isArray(reports)) fail('reports: expected an array of reports');
  if (reports.length > MAX_IMPORT_REPORTS) {
    fail(`too many reports (${reports.length}, at most ${MAX_IMPORT_REPORTS})`);
  }
  return { header, reports };
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    fail(`${what} is not valid JSON (${detail.slice(0, 120)})`);
  }
}

/**
 * The header of a file whose first line is a version 2 header, or null (a version 1 file is one
 * object, so its first line alone is not a complete header of version 2).
 */
export function parseLinesHeader(firstLine: string): ExportHeader | null {
  let data: unknown;
  try {
    data = JSON.parse(firstLine);
  } catch {
    return null;
  }
  if (!isRecord(data) || data.version === EXPORT_VERSION || 'reports' in data) return null;
  return checkExportHeader(data);
}

/** Parses one report line of a version 2 file (line numbers count from 1, the header's). */
export function parseReportLine(line: string, lineNumber: number): unknown {
  if (line.length > MAX_IMPORT_LINE_CHARS) {
    fail(
      `line ${lineNumber} is too long (${line.length} characters, at most ${MAX_IMPORT_LINE_CHARS})`,
    );
  }
  return parseJson(line, `line ${lineNumber}`);
}

/** A whole version 2 file given as one string, or null when it is not one. */
function linesHeader(text: string): { header: ExportHeader; reports: unknown[] } | null {
  const end = text.indexOf('\n');
  const header = parseLinesHeader(end < 0 ? text : text.slice(0, end));
  if (!header) return null;
  const reports: unknown[] = [];
  let start = end < 0 ? text.length : end + 1;
  let lineNumber = 1;
  while (start < text.length) {
    const next = text.indexOf('\n', start);
    const stop = next < 0 ? text.length : next;
    const line = text.slice(start, stop).trim();
    lineNumber++;
    if (line) reports.push(parseReportLine(line, lineNumber));
    if (reports.length > MAX_IMPORT_REPORTS)
      fail(`too many reports (more than ${MAX_IMPORT_REPORTS})`);
    start = stop + 1;
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
