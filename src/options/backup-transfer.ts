import type { BackgroundMethods, ParamsOf, ResultOf } from '../messaging/protocol.ts';
import type { Report } from '../model/report.ts';
import {
  MAX_IMPORT_CHARS,
  MAX_IMPORT_CHUNK,
  MAX_IMPORT_LINE_CHARS,
  MAX_IMPORT_REPORTS,
  type ExportHeader,
} from '../model/export-file.ts';
import { InvalidInputError } from '../store/errors.ts';
import { parseExportText, parseLinesHeader, parseReportLine } from '../store/export-format.ts';
import { knownReportFields } from './known-fields.ts';

type Call = <K extends keyof BackgroundMethods>(
  method: K,
  params: ParamsOf<BackgroundMethods, K>,
) => Promise<ResultOf<BackgroundMethods, K>>;

/** Reports per import chunk: a few MB per message, far below the runtime cap. */
export const IMPORT_CHUNK = Math.min(500, MAX_IMPORT_CHUNK);
/** Characters of report JSON per import chunk at most (a chunk of long articles stays small). */
export const IMPORT_CHUNK_CHARS = 4_000_000;
/** Enough of a file's start to hold any version 2 header line. */
const HEADER_PROBE_BYTES = 64 * 1024;

/** Where an export or import is: `done` of `total` (reports, or bytes of a file read). */
export interface TransferProgress {
  reports: number;
  /** Reports in the store (export) or announced by the file's header (import), if known. */
  totalReports: number | null;
  /** Bytes of the file read so far, and its size (import only). */
  bytes?: number;
  totalBytes?: number;
  /** The background is applying the staged import (the last, all-at-once step). */
  committing?: boolean;
}

export interface TransferOptions {
  signal?: AbortSignal;
  onProgress?: (progress: TransferProgress) => void;
}

function refuse(reason: string): never {
  throw new InvalidInputError(`Import refused, nothing was changed: ${reason}`);
}

/**
 * The whole store as a JSON Lines file, asked for page by page (each page one message far below
 * the runtime cap) and assembled as a Blob of those pages, so no single string ever holds the
 * file. Cancelling (signal) throws its reason and gives no file.
 */
export async function exportBlob(call: Call, options: TransferOptions = {}): Promise<Blob> {
  const parts: string[] = [];
  let after: number | undefined;
  let total: number | null = null;
  let done = 0;
  for (;;) {
    options.signal?.throwIfAborted();
    const page = await call('exportPage', after === undefined ? {} : { after });
    if (page.head !== null) {
      parts.push(page.head);
      total = countOf(page.head);
    }
    parts.push(page.reports);
    done += page.count;
    options.onProgress?.({ reports: done, totalReports: total });
    if (page.next === null) break;
    after = page.next;
  }
  options.signal?.throwIfAborted();
  return new Blob(parts, { type: 'application/x-ndjson' });
}

function countOf(headLine: string): number | null {
  const count = (JSON.parse(headLine) as { count?: unknown }).count;
  return typeof count === 'number' ? count : null;
}

/**
 * Imports a backup file of either version. A version 2 file (JSON Lines) is read as a stream,
 * a line at a time, so memory holds one chunk of reports whatever the file's size; a version 1
 * file (one JSON object) is read whole, up to the one-piece cap. Either way the background
 * stages the chunks and applies them in one transaction at the commit: a failure or a cancel
 * (signal) aborts the import, which changes nothing.
 */
export async function importFile(
  call: Call,
  file: Blob,
  options: TransferOptions = {},
): Promise<number> {
  const probe = await file.slice(0, HEADER_PROBE_BYTES).text();
  const newline = probe.indexOf('\n');
  const header =
    newline >= 0 ? parseLinesHeader(probe.slice(0, newline).replace(/^\ufeff/, '')) : null;
  if (!header) {
    if (file.size > MAX_IMPORT_CHARS * 3) refuse(`the file is too large for a version 1 backup`);
    return importText(call, await file.text(), options);
  }
  const withSize: TransferOptions = {
    ...options,
    onProgress: (p) => options.onProgress?.({ ...p, totalBytes: file.size }),
  };
  return staged(call, header, readReportLines(file, options), withSize);
}

/** Imports the text of a backup file (either version) in chunks. */
export async function importText(
  call: Call,
  text: string,
  options: TransferOptions = {},
): Promise<number> {
  const { header, reports } = parseExportText(text);
  // Chunks end at IMPORT_CHUNK reports or IMPORT_CHUNK_CHARS characters of report JSON, so a
  // chunk of long articles stays far below the runtime's message cap.
  async function* chunks() {
    let chunk: unknown[] = [];
    let chars = 0;
    for (const report of reports) {
      const known = knownReportFields(report);
      chunk.push(known);
      chars += JSON.stringify(known)?.length ?? 0;
      if (chunk.length < IMPORT_CHUNK && chars < IMPORT_CHUNK_CHARS) continue;
      yield { reports: chunk, bytes: undefined };
      chunk = [];
      chars = 0;
    }
    if (chunk.length > 0) yield { reports: chunk, bytes: undefined };
  }
  return staged(call, { ...header, count: reports.length }, chunks(), options);
}

interface Chunk {
  reports: unknown[];
  /** Bytes of the file read once this chunk is complete (streamed files). */
  bytes: number | undefined;
}

async function staged(
  call: Call,
  header: ExportHeader,
  chunks: AsyncIterable<Chunk>,
  options: TransferOptions,
): Promise<number> {
  const { signal, onProgress } = options;
  signal?.throwIfAborted();
  const { importId } = await call('beginImport', { header: { ...header } });
  const total = header.count ?? null;
  try {
    let offset = 0;
    for await (const chunk of chunks) {
      signal?.throwIfAborted();
      // Parsed from the file, not yet checked: the background checks each report (params.ts).
      const reports = chunk.reports as Report[];
      await call('stageImport', { importId, offset, reports });
      offset += chunk.reports.length;
      onProgress?.({ reports: offset, totalReports: total, bytes: chunk.bytes });
    }
    signal?.throwIfAborted();
    onProgress?.({ reports: offset, totalReports: total, committing: true });
    return (await call('commitImport', { importId })).imported;
  } catch (error) {
    await call('abortImport', { importId }).catch(() => undefined);
    throw error;
  }
}

/**
 * The report lines of a version 2 file as chunks (at most IMPORT_CHUNK reports and about
 * IMPORT_CHUNK_CHARS characters), read from `file.stream()`: memory holds the line being read
 * and the chunk being filled, never the file.
 */
async function* readReportLines(file: Blob, options: TransferOptions): AsyncGenerator<Chunk> {
  const reader = file.stream().getReader();
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let bytes = 0;
  let pending = '';
  let lineNumber = 0;
  let count = 0;
  let chunk: unknown[] = [];
  let chunkChars = 0;
  const take = (line: string): Chunk | null => {
    lineNumber++;
    if (lineNumber === 1) return null; // the header, read already
    const trimmed = line.trim();
    if (!trimmed) return null;
    chunk.push(knownReportFields(parseReportLine(trimmed, lineNumber)));
    chunkChars += trimmed.length;
    if (++count > MAX_IMPORT_REPORTS) refuse(`too many reports (more than ${MAX_IMPORT_REPORTS})`);
    if (chunk.length < IMPORT_CHUNK && chunkChars < IMPORT_CHUNK_CHARS) return null;
    const full = { reports: chunk, bytes };
    chunk = [];
    chunkChars = 0;
    return full;
  };
  try {
    for (;;) {
      options.signal?.throwIfAborted();
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.byteLength;
      let text: string;
      try {
        text = decoder.decode(value, { stream: true });
      } catch {
        refuse('the file is not UTF-8 text');
      }
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        const line = pending + text.slice(start, nl);
        pending = '';
        start = nl + 1;
        const full = take(line);
        if (full) yield full;
      }
      pending += text.slice(start);
      if (pending.length > MAX_IMPORT_LINE_CHARS) {
        refuse(
          `line ${lineNumber + 1} is too long (more than ${MAX_IMPORT_LINE_CHARS} characters)`,
        );
      }
    }
    const last = take(pending + decoder.decode());
    if (last) yield last;
    if (chunk.length > 0) yield { reports: chunk, bytes };
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}
